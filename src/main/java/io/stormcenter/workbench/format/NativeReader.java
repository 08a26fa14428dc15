package io.stormcenter.workbench.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the native file token by token (no tree binding: a 100,000-node file reads in tens of
 * milliseconds). Fields may come in any order; unknown fields are skipped with a warning.
 * Every mistake becomes a {@link ModelFormatException} at the offending token's line and column.
 */
final class NativeReader {

    private final JsonParser json;
    private final String source;
    private final List<String> warnings = new ArrayList<>();
    private int nodeCount;

    NativeReader(JsonParser json, String source) {
        this.json = json;
        this.source = source;
    }

    ReadResult read() throws IOException, ModelFormatException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw error("a model file is a JSON object starting with {\"format\": \"" + NativeFormat.FORMAT
                    + "\", ...}; found " + describeToken());
        }
        String format = null;
        Integer version = null;
        String id = null;
        String title = null;
        String description = null;
        String root = null;
        List<Node> nodes = null;
        JsonLocation start = json.currentTokenLocation();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "format" -> {
                    format = string(field, null);
                    if (!NativeFormat.FORMAT.equals(format)) {
                        throw error("this is not a KSC attack tree: \"format\" is \"" + format + "\", expected \""
                                + NativeFormat.FORMAT + "\"");
                    }
                }
                case "version" -> {
                    version = integer(field, null);
                    if (version == null || version < 1 || version > NativeFormat.VERSION) {
                        throw error("the file is version " + version + " of the KSC attack tree format; this"
                                + " workbench reads versions 1 to " + NativeFormat.VERSION
                                + " (a newer workbench wrote it?)");
                    }
                }
                case "id" -> id = once(id, string(field, null), field, null);
                case "title" -> title = once(title, string(field, null), field, null);
                case "description" -> description = once(description, string(field, null), field, null);
                case "root" -> root = once(root, string(field, null), field, null);
                case "nodes" -> nodes = once(nodes, nodes(), field, null);
                default -> skipUnknown(field, null);
            }
        }
        if (json.currentToken() != JsonToken.END_OBJECT) {
            throw error("expected a field name or }, found " + describeToken());
        }
        if (json.nextToken() != null) {
            throw error("unexpected content after the end of the model: " + describeToken());
        }
        if (format == null) {
            throw error(start, "this is not a KSC attack tree: the \"format\": \"" + NativeFormat.FORMAT
                    + "\" field is missing");
        }
        if (version == null) {
            throw error(start, "the \"version\" field is missing");
        }
        if (id == null || id.isBlank()) {
            throw error(start, "the model has no \"id\"");
        }
        if (root == null || root.isBlank()) {
            throw error(start, "the model has no \"root\" (the id of its goal node)");
        }
        if (nodes == null) {
            throw error(start, "the model has no \"nodes\" list");
        }
        return new ReadResult(new AttackTree(id, title, description, root, nodes), warnings);
    }

    private List<Node> nodes() throws IOException, ModelFormatException {
        expect(JsonToken.START_ARRAY, "nodes", null, "a list of nodes [...]");
        List<Node> nodes = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            nodes.add(node());
        }
        return nodes;
    }

    private Node node() throws IOException, ModelFormatException {
        nodeCount++;
        JsonLocation start = json.currentTokenLocation();
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw error("node #" + nodeCount + " must be an object {...}, found " + describeToken());
        }
        String id = null;
        String label = null;
        String description = null;
        Role role = null;
        Gate gate = null;
        List<String> children = null;
        Double impact = null;
        Estimates estimates = null;
        List<String> techniques = null;
        List<Tripwire> tripwires = null;
        String notes = null;
        Position position = null;
        DefenceStatus status = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            String where = id;
            switch (field) {
                case "id" -> id = once(id, string(field, where), field, where);
                case "label" -> label = once(label, string(field, where), field, where);
                case "description" -> description = once(description, string(field, where), field, where);
                case "role" -> role = once(role, keyed(field, where, Role::fromKey), field, where);
                case "gate" -> gate = once(gate, keyed(field, where, Gate::fromKey), field, where);
                case "children" -> children = once(children, strings(field, where), field, where);
                case "impact" -> impact = once(impact, number(field, where), field, where);
                case "estimates" -> estimates = once(estimates, estimates(where), field, where);
                case "techniques" -> techniques = once(techniques, strings(field, where), field, where);
                case "tripwires" -> tripwires = once(tripwires, tripwires(where), field, where);
                case "notes" -> notes = once(notes, string(field, where), field, where);
                case "position" -> position = once(position, position(where), field, where);
                case "status" -> status = once(status, keyed(field, where, DefenceStatus::fromKey), field, where);
                default -> skipUnknown(field, where);
            }
        }
        if (id == null || id.isBlank()) {
            throw error(start, "node #" + nodeCount + (label == null ? "" : " ('" + label + "')")
                    + " has no \"id\"");
        }
        return new Node(id, label, description, role, gate, children, estimates, impact, techniques, tripwires,
                notes, position, status);
    }

    /** A name from a closed set (role, gate, trip-wire kind); the model's own message says what is allowed. */
    private <T> T keyed(String field, String node, Function<String, T> fromKey)
            throws IOException, ModelFormatException {
        String key = string(field, node);
        if (key == null) {
            return null;
        }
        try {
            return fromKey.apply(key);
        } catch (IllegalArgumentException e) {
            throw error(at(node) + e.getMessage());
        }
    }

    private Estimates estimates(String node) throws IOException, ModelFormatException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.START_OBJECT, "estimates", node, "an object {...}");
        Double probability = null;
        Double confidence = null;
        Double cost = null;
        Double timeHours = null;
        Integer skill = null;
        String rationale = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "probability" -> probability = once(probability, number("estimates.probability", node),
                        "estimates.probability", node);
                case "confidence" -> confidence = once(confidence, number("estimates.confidence", node),
                        "estimates.confidence", node);
                case "cost" -> cost = once(cost, number("estimates.cost", node),
                        "estimates.cost", node);
                case "timeHours" -> timeHours = once(timeHours, number("estimates.timeHours", node),
                        "estimates.timeHours", node);
                case "skill" -> skill = once(skill, integer("estimates.skill", node),
                        "estimates.skill", node);
                case "rationale" -> rationale = once(rationale, string("estimates.rationale", node),
                        "estimates.rationale", node);
                default -> skipUnknown("estimates." + field, node);
            }
        }
        return new Estimates(probability, confidence, cost, timeHours, skill, rationale);
    }

    private List<Tripwire> tripwires(String node) throws IOException, ModelFormatException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.START_ARRAY, "tripwires", node, "a list [...]");
        List<Tripwire> result = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            expect(JsonToken.START_OBJECT, "tripwires", node, "trip-wire objects {...}");
            String id = null;
            TripwireKind kind = null;
            Map<String, String> params = new TreeMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "id" -> id = once(id, string("tripwires.id", node), "tripwires.id", node);
                    case "kind" -> kind = once(kind, keyed("tripwires.kind", node, TripwireKind::fromKey),
                            "tripwires.kind", node);
                    case "params" -> params(params, node);
                    default -> skipUnknown("tripwires." + field, node);
                }
            }
            result.add(new Tripwire(id, kind, params));
        }
        return result;
    }

    private void params(Map<String, String> params, String node) throws IOException, ModelFormatException {
        expect(JsonToken.START_OBJECT, "tripwires.params", node, "an object of strings {...}");
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String key = json.currentName();
            JsonToken value = json.nextToken();
            switch (value) {
                // params are strings by convention; a bare number or boolean is what the modeller meant
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                        params.put(key, json.getText());
                case VALUE_NULL -> {
                }
                default -> throw error(at(node) + "trip-wire parameter '" + key + "' must be a string, found "
                        + describeToken());
            }
        }
    }

    private Position position(String node) throws IOException, ModelFormatException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.START_OBJECT, "position", node, "an object {\"x\": .., \"y\": ..}");
        double x = 0;
        double y = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "x" -> x = orZero(number("position.x", node));
                case "y" -> y = orZero(number("position.y", node));
                default -> skipUnknown("position." + field, node);
            }
        }
        return new Position(x, y);
    }

    /**
     * The value of a field that must appear once per object. Checked here rather than by Jackson's
     * STRICT_DUPLICATE_DETECTION, which costs a third of the reading time of a large file.
     */
    private <T> T once(T earlier, T value, String field, String node) throws ModelFormatException {
        if (earlier != null) {
            throw error(at(node) + "the field \"" + field + "\" appears twice");
        }
        return value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private List<String> strings(String field, String node) throws IOException, ModelFormatException {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.START_ARRAY, field, node, "a list of strings [...]");
        List<String> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                throw error(at(node) + field + " must hold strings, found " + describeToken());
            }
            values.add(json.getText());
        }
        return values;
    }

    private String string(String field, String node) throws IOException, ModelFormatException {
        return switch (json.currentToken()) {
            case VALUE_STRING -> json.getText();
            case VALUE_NULL -> null;
            default -> throw error(at(node) + field + " must be a string, found " + describeToken());
        };
    }

    private Double number(String field, String node) throws IOException, ModelFormatException {
        return switch (json.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> json.getDoubleValue();
            case VALUE_NULL -> null;
            case VALUE_STRING -> {
                // what NativeWriter writes for a value JSON cannot hold, so a mistaken tree reopens
                String text = json.getText();
                if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity")) {
                    yield Double.valueOf(text);
                }
                throw error(at(node) + field + " must be a number, found " + describeToken());
            }
            default -> throw error(at(node) + field + " must be a number, found " + describeToken());
        };
    }

    private Integer integer(String field, String node) throws IOException, ModelFormatException {
        return switch (json.currentToken()) {
            case VALUE_NUMBER_INT -> json.getIntValue();
            case VALUE_NULL -> null;
            default -> throw error(at(node) + field + " must be a whole number, found " + describeToken());
        };
    }

    private void expect(JsonToken token, String field, String node, String what)
            throws IOException, ModelFormatException {
        if (json.currentToken() != token) {
            throw error(at(node) + field + " must be " + what + ", found " + describeToken());
        }
    }

    private void skipUnknown(String field, String node) throws IOException {
        JsonLocation location = json.currentTokenLocation();
        warnings.add(source + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": " + at(node)
                + "unknown field '" + field + "' ignored (it is not saved back)");
        json.skipChildren();
    }

    private String at(String node) {
        return node == null ? "" : "node '" + node + "': ";
    }

    private String describeToken() throws IOException {
        JsonToken token = json.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case VALUE_STRING -> {
                String text = json.getText();
                yield "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> json.getText();
            case START_OBJECT -> "an object {...}";
            case START_ARRAY -> "a list [...]";
            case FIELD_NAME -> "field \"" + json.currentName() + "\"";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    private ModelFormatException error(String message) {
        return error(json.currentTokenLocation(), message);
    }

    private ModelFormatException error(JsonLocation location, String message) {
        return new ModelFormatException(source, location.getLineNr(), location.getColumnNr(), message, null);
    }
}
