package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The order Tetragon writes an object's fields in, its protobuf's field numbers, which every export keeps.
 * Expecting the name that follows the previous one lets Jackson compare the name's bytes with it instead of
 * hashing the name and looking it up (its fast path for ordered properties). A name out of order, or not
 * listed, is read as any name is: the order makes reading faster, never different.
 */
final class FieldOrder {

    private final SerializedString[] names;

    FieldOrder(String... names) {
        this.names = new SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            this.names[i] = new SerializedString(names[i]);
        }
    }

    /** The fields of the object the parser has just opened, read one after another. */
    Fields of(JsonParser parser) {
        return new Fields(parser);
    }

    /** Where the reading of one object's fields stands. */
    final class Fields {

        private final JsonParser parser;
        /** The position of the name expected next. */
        private int expected;

        private Fields(JsonParser parser) {
            this.parser = parser;
        }

        /** Moves the parser to the next field's name, as {@code nextToken() == FIELD_NAME} does; false at the object's end. */
        boolean next() throws IOException {
            if (expected < names.length) {
                if (parser.nextFieldName(names[expected])) {
                    expected++;
                    return true;
                }
            } else {
                parser.nextToken();
            }
            if (parser.currentToken() != JsonToken.FIELD_NAME) {
                return false;
            }
            String name = parser.currentName();
            for (int i = 0; i < names.length; i++) {
                if (names[i].getValue().equals(name)) {
                    expected = i + 1;
                    break;
                }
            }
            return true;
        }
    }
}
