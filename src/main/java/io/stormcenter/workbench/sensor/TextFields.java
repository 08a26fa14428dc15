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
 * compact JSON. Without a tree per object, the map is built directly as an immutable one.
 */
final class TextFields {

    private String[] names = new String[4];
    private String[] texts = new String[4];
    /** The value's token for a string or a literal (its text says the rest), or the value read as a tree. */
    private Object[] sources = new Object[4];
    private int size;

    /**
     * @param text   the value as text, or null for a value the map leaves out
     * @param source the value's token ({@code VALUE_STRING}, a number, a boolean or null) or its tree
     */
    void put(String name, String text, Object source) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                texts[i] = text;
                sources[i] = source;
                return;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
            sources = Arrays.copyOf(sources, size * 2);
        }
        names[size] = name;
        texts[size] = text;
        sources[size] = source;
        size++;
    }

    /** The text of a field, or null when it is absent or left out. */
    String text(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return texts[i];
            }
        }
        return null;
    }

    boolean has(String name) {
        return text(name) != null;
    }

    /** The fields that have a text, as an immutable map. */
    Map<String, String> toMap() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (texts[i] != null) {
                count++;
            }
        }
        if (count == size && size <= 2) {
            return switch (size) {
                case 0 -> Map.of();
                case 1 -> Map.of(names[0], texts[0]);
                default -> Map.of(names[0], texts[0], names[1], texts[1]);
            };
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[count];
        int at = 0;
        for (int i = 0; i < size; i++) {
            if (texts[i] != null) {
                entries[at++] = Map.entry(names[i], texts[i]);
            }
        }
        return Map.ofEntries(entries);
    }

    /** The object as a tree's {@code toString()} writes it (compact JSON). */
    String json() {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < size; i++) {
            object.set(names[i], node(texts[i], sources[i]));
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
