package io.stormcenter.workbench.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.Tripwire;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes the native file in one canonical shape, so that a one-field edit is a one-line diff:
 * nodes in the tree's list order, fields in one fixed order, empty and unset fields left out
 * (and a leaf's default OR gate), every field on its own line, lists of ids and tags on one
 * line, 2-space indent, a trailing newline.
 */
final class NativeWriter {

    private final JsonFactory factory;

    NativeWriter(JsonFactory factory) {
        this.factory = factory;
    }

    void write(AttackTree tree, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            write(tree, json);
        }
        out.write('\n');
    }

    void write(AttackTree tree, Writer out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            write(tree, json);
        }
        out.write('\n');
    }

    private static void write(AttackTree tree, JsonGenerator json) throws IOException {
        json.setPrettyPrinter(prettyPrinter());
        json.writeStartObject();
        json.writeStringField("format", NativeFormat.FORMAT);
        // Version 1 readers refuse unknown versions but skip unknown fields; a file that states no
        // defence status is written as version 1 so older workbenches still open it.
        boolean statuses = tree.nodes().stream().anyMatch(n -> n.status() != null);
        json.writeNumberField("version", statuses ? NativeFormat.VERSION : NativeFormat.FIRST_VERSION);
        json.writeStringField("id", tree.id());
        text(json, "title", tree.title());
        text(json, "description", tree.description());
        json.writeStringField("root", tree.rootId());
        json.writeArrayFieldStart("nodes");
        for (Node node : tree.nodes()) {
            node(json, node);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void node(JsonGenerator json, Node node) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", node.id());
        json.writeStringField("label", node.label());
        text(json, "description", node.description());
        json.writeStringField("role", node.role().key());
        if (node.status() != null) {
            json.writeStringField("status", node.status().key());
        }
        if (!node.isLeaf() || node.gate() != Gate.OR) {
            json.writeStringField("gate", node.gate().key()); // a leaf's OR is the default: left out, as in DESIGN.md
        }
        strings(json, "children", node.children());
        number(json, "impact", node.impact());
        estimates(json, node.estimates());
        strings(json, "techniques", node.techniques());
        tripwires(json, node.tripwires());
        text(json, "notes", node.notes());
        position(json, node.position());
        json.writeEndObject();
    }

    private static void estimates(JsonGenerator json, Estimates e) throws IOException {
        if (e.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("estimates");
        number(json, "probability", e.probability());
        number(json, "confidence", e.confidence());
        number(json, "cost", e.cost());
        number(json, "timeHours", e.timeHours());
        if (e.skill() != null) {
            json.writeNumberField("skill", e.skill());
        }
        text(json, "rationale", e.rationale());
        json.writeEndObject();
    }

    private static void tripwires(JsonGenerator json, List<Tripwire> tripwires) throws IOException {
        if (tripwires.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("tripwires");
        for (Tripwire tripwire : tripwires) {
            json.writeStartObject();
            json.writeStringField("id", tripwire.id());
            if (tripwire.kind() != null) {
                json.writeStringField("kind", tripwire.kind().key());
            }
            if (!tripwire.params().isEmpty()) {
                json.writeObjectFieldStart("params");
                // Tripwire keeps params in a TreeMap: key order is already sorted
                for (Map.Entry<String, String> param : tripwire.params().entrySet()) {
                    json.writeStringField(param.getKey(), param.getValue());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void position(JsonGenerator json, Position position) throws IOException {
        if (position == null) {
            return;
        }
        json.writeObjectFieldStart("position");
        number(json, "x", position.x());
        number(json, "y", position.y());
        json.writeEndObject();
    }

    /** Lists of ids and tags on one line: short, and an added child is still a one-line diff. */
    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(values.size() * 12).append('[');
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        for (int i = 0; i < values.size(); i++) {
            line.append(i == 0 ? "\"" : ", \"");
            encoder.quoteAsString(values.get(i), line);
            line.append('"');
        }
        json.writeFieldName(name);
        json.writeRawValue(line.append(']').toString());
    }

    private static void text(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    /** Whole numbers without ".0" (250000, not 250000.0); NaN and infinities as strings JSON can hold. */
    private static void number(JsonGenerator json, String name, Double value) throws IOException {
        if (value == null) {
            return;
        }
        json.writeFieldName(name);
        double v = value;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            // JSON has no literal for these; a quoted value keeps the mistake visible and mendable
            json.writeString(Double.toString(v));
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            json.writeNumber((long) v);
        } else {
            json.writeNumber(v);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
