package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reading fields of a sensor's JSON with errors that name the event kind and the field path.
 * Unknown fields are ignored on purpose: sensors add fields between versions.
 */
final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String eventKind;

    EventJson(String eventKind) {
        this.eventKind = eventKind;
    }

    String eventKind() {
        return eventKind;
    }

    MalformedEventException malformed(String field, String problem) {
        return new MalformedEventException(eventKind, field, problem);
    }

    /** Parses a document that must be a JSON object. */
    JsonNode object(String json) {
        if (json == null || json.isBlank()) {
            throw malformed(null, "empty input");
        }
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(json)) {
            node = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                // Silently keeping the first of several events loses the rest: say so instead.
                throw malformed(null, "more than one JSON value (line " + parser.currentLocation().getLineNr()
                        + "): read a file of several events with readAll or stream");
            }
        } catch (JsonProcessingException e) {
            throw malformed(null, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            throw malformed(null, "expected a JSON object, found " + describe(node));
        }
        return node;
    }

    static String path(String parent, String field) {
        return parent == null || parent.isEmpty() ? field : parent + "." + field;
    }

    /** An optional string field; numbers and booleans are accepted as their text. */
    String text(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        throw malformed(path(path, field), "expected a string, found " + describe(value));
    }

    String requiredText(JsonNode parent, String field, String path) {
        String value = text(parent, field, path);
        if (value == null || value.isEmpty()) {
            throw malformed(path(path, field), "missing");
        }
        return value;
    }

    Integer integer(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.asText().trim());
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw malformed(path(path, field), "expected an integer, found " + describe(value));
    }

    /** An optional RFC 3339 timestamp (Kubernetes writes micro-, Falco and Tetragon nanoseconds). */
    Instant instant(JsonNode parent, String field, String path) {
        return instant(text(parent, field, path), path(path, field));
    }

    /** An optional RFC 3339 timestamp already read as text; {@code fieldPath} names it in an error. */
    Instant instant(String value, String fieldPath) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Instant utc = Rfc3339.utc(value);
        if (utc != null) {
            return utc;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw malformed(fieldPath, "not an RFC 3339 timestamp");
            }
        }
    }

    /** An optional nested object; absent or null gives null. */
    JsonNode child(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw malformed(path(path, field), "expected an object, found " + describe(value));
        }
        return value;
    }

    List<JsonNode> array(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw malformed(path(path, field), "expected an array, found " + describe(value));
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    List<String> strings(JsonNode parent, String field, String path) {
        List<String> result = new ArrayList<>();
        List<JsonNode> items = array(parent, field, path);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isValueNode() || item.isNull()) {
                throw malformed(path(path, field) + "[" + i + "]", "expected a string, found " + describe(item));
            }
            result.add(item.asText());
        }
        return List.copyOf(result);
    }

    /** A flat object of scalar values, as text, in key order. Nested values keep their JSON text. */
    Map<String, String> flatMap(JsonNode parent, String field, String path) {
        JsonNode value = child(parent, field, path);
        return value == null ? Map.of() : flatMap(value);
    }

    /** The scalar values of an object, as text, in key order. Nested values keep their JSON text. */
    static Map<String, String> flatMap(JsonNode value) {
        Map<String, String> result = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            JsonNode v = entry.getValue();
            if (v == null || v.isNull()) {
                continue;
            }
            result.put(entry.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        return Collections.unmodifiableMap(result);
    }

    /** An object of string arrays (audit {@code user.extra}). */
    Map<String, List<String>> listMap(JsonNode parent, String field, String path) {
        JsonNode value = child(parent, field, path);
        if (value == null) {
            return Map.of();
        }
        Map<String, List<String>> result = new TreeMap<>();
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            result.put(name, strings(value, name, path(path, field)));
        }
        return Collections.unmodifiableMap(result);
    }

    /** The compact JSON text of an optional field, for payloads kept whole (audit request objects). */
    static String rawJson(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : value.toString();
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
