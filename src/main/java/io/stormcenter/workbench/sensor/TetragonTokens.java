package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reading the values of a Tetragon event from a token stream, with the errors {@link EventJson}
 * gives for a tree: the same words, the same field paths. Each method reads the value the parser
 * stands on; {@code at} is the path of the object that holds it, worded only for an error.
 */
record TetragonTokens(JsonParser parser, EventJson json) {

    /** The small numbers arguments hold most (descriptors, flags, sizes, return codes), written once. */
    private static final List<String> SMALL_NUMBERS = IntStream.range(0, 256).mapToObj(Integer::toString).toList();

    /** An optional string; numbers and booleans are accepted as their text. */
    String text(FieldPath at, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        throw json.malformed(at.of(field), "expected a string, found " + describe(token));
    }

    Integer integer(FieldPath at, String field) throws IOException {
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
        throw json.malformed(at.of(field), "expected an integer, found " + describe(token));
    }

    /** The login user id as a number in words, or null when it is unset or absent. */
    String auid(FieldPath at, String field) throws IOException {
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
            throw json.malformed(at.of(field), "expected a user id, found " + kind(token));
        }
        return auid < 0 || auid >= TetragonProcess.UNSET_AUID ? null : Long.toString(auid);
    }

    /** Checks that the value is an object (the parser then stands on its opening brace); returns its path. */
    FieldPath object(FieldPath at, String field) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw json.malformed(at.of(field), "expected an object, found " + describe(token));
        }
        return at.field(field);
    }

    /** Any value as a tree node words it: a scalar as its {@code asText()}, anything else as its compact JSON. */
    String anyText() throws IOException {
        String text = scalarText();
        return text != null ? text : wording(parser.readValueAsTree());
    }

    /**
     * Adds the value to {@code fields} under {@code name}, worded as {@link #anyText} words it.
     *
     * @param nullLeftOut whether a JSON null is left out of the map (else it is the text {@code null})
     */
    void addTo(TextFields fields, String name, boolean nullLeftOut) throws IOException {
        JsonToken token = parser.currentToken();
        String text = scalarText();
        if (text == null) {
            JsonNode tree = parser.readValueAsTree();
            fields.put(name, wording(tree), tree);
        } else {
            fields.put(name, nullLeftOut && token == JsonToken.VALUE_NULL ? null : text, token);
        }
    }

    /**
     * A string, an integer, a boolean or null as its tree node's {@code asText()}, read without the tree;
     * null for anything else (a fraction, whose text a tree rewrites, an object, an array).
     */
    private String scalarText() throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> number(parser.getIntValue());
                case LONG -> Long.toString(parser.getLongValue());
                default -> parser.getBigIntegerValue().toString();
            };
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String number(int value) {
        return value >= 0 && value < SMALL_NUMBERS.size() ? SMALL_NUMBERS.get(value) : Integer.toString(value);
    }

    private static String wording(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
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
