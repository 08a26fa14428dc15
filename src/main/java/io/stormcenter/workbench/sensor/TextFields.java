package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;

/**
 * The fields of a JSON object gathered from its tokens as text (a Tetragon argument's fields, a pod's
 * labels), giving what reading the object into a tree gave: a name written twice keeps its first place
 * and its last value, as in an {@link ObjectNode}, and the object can be written back as the tree's
 * compact JSON. Without a tree per object, the map is built directly as an immutable one ({@link FrozenTexts}).
 */
final class TextFields {

    /** Per field, its name, its text, and its source: the value's token for a string or a literal, or its tree. */
    private Object[] fields = new Object[3 * 3];
    private int size;

    /**
     * @param text   the value as text, or null for a value the map leaves out
     * @param source the value's token ({@code VALUE_STRING}, a number, a boolean or null) or its tree
     */
    void put(String name, String text, Object source) {
        int at = indexOf(name);
        if (at < 0) {
            at = 3 * size++;
            if (at == fields.length) {
                fields = Arrays.copyOf(fields, 2 * at);
            }
            fields[at] = name;
        }
        fields[at + 1] = text;
        fields[at + 2] = source;
    }

    /** The text of a field, or null when it is absent or left out. */
    String text(String name) {
        int at = indexOf(name);
        return at < 0 ? null : (String) fields[at + 1];
    }

    boolean has(String name) {
        return text(name) != null;
    }

    private int indexOf(String name) {
        for (int at = 0; at < 3 * size; at += 3) {
            if (name.equals(fields[at])) {
                return at;
            }
        }
        return -1;
    }

    /** The fields that have a text, as an immutable map. */
    Map<String, String> toMap() {
        int count = 0;
        for (int at = 1; at < 3 * size; at += 3) {
            if (fields[at] != null) {
                count++;
            }
        }
        if (count == 0) {
            return Map.of();
        }
        String[] names = new String[count];
        String[] texts = new String[count];
        int next = 0;
        for (int at = 0; at < 3 * size; at += 3) {
            if (fields[at + 1] != null) {
                names[next] = (String) fields[at];
                texts[next++] = (String) fields[at + 1];
            }
        }
        return new FrozenTexts(names, texts);
    }

    /** The object as a tree's {@code toString()} writes it (compact JSON). */
    String json() {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int at = 0; at < 3 * size; at += 3) {
            object.set((String) fields[at], node((String) fields[at + 1], fields[at + 2]));
        }
        return object.toString();
    }

    private static JsonNode node(String text, Object source) {
        if (source instanceof JsonNode tree) {
            return tree;
        }
        return switch ((JsonToken) source) {
            case VALUE_STRING -> TextNode.valueOf(text);
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.instance;
            // an integer's text is its canonical digits, which every integer node writes alike
            case VALUE_NUMBER_INT -> JsonNodeFactory.instance.numberNode(new BigInteger(text));
            default -> throw new IllegalStateException("a " + source + " is kept as a tree");
        };
    }
}
