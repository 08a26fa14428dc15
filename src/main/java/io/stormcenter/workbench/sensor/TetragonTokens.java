package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reading the values of a Tetragon event from a token stream, with the errors {@link EventJson}
 * gives for a tree: the same words, the same field paths. Each method reads the value the parser
 * stands on.
 */
record TetragonTokens(JsonParser parser, EventJson json) {

    /** An optional string; numbers and booleans are accepted as their text. */
    String text(String path, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        throw json.malformed(EventJson.path(path, field), "expected a string, found " + describe(token));
    }

    Integer integer(String path, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_STRING) {
            try {
                return Integer.parseInt(parser.getText().trim());
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw json.malformed(EventJson.path(path, field), "expected an integer, found " + describe(token));
    }

    /** The login user id as a number in words, or null when it is unset or absent. */
    String auid(String path, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        long auid;
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            auid = parser.getLongValue();
        } else if (token == JsonToken.VALUE_STRING && parser.getText().strip().matches("\\d{1,10}")) {
            auid = Long.parseLong(parser.getText().strip());
        } else {
            throw json.malformed(EventJson.path(path, field), "expected a user id, found " + kind(token));
        }
        return auid < 0 || auid >= TetragonProcess.UNSET_AUID ? null : Long.toString(auid);
    }

    /** Checks that the value is an object (the parser then stands on its opening brace); returns its path. */
    String object(String path, String field) {
        String at = EventJson.path(path, field);
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw json.malformed(at, "expected an object, found " + describe(token));
        }
        return at;
    }

    /** As {@link EventJson#describe} words a tree node. */
    static String describe(JsonToken token) {
        if (token == null || token == JsonToken.VALUE_NULL) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The node type's name, as the tree reader words an unexpected user id. */
    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "number";
        };
    }
}
