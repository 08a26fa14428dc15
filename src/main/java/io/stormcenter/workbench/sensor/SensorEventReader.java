package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one sensor's events from a text, a file or a stream in every shape they are kept in:
 * one object, a pretty-printed object, objects one per line (JSON lines) or one after another,
 * a JSON array, or a list object ({@code EventList}, {@code List}) with {@code items}.
 * A malformed event is reported with its position and skipped; it never stops the rest.
 */
public abstract sealed class SensorEventReader<E extends SensorEvent>
        permits AuditEventReader, FalcoAlertReader, TetragonEventReader, KubernetesEventReader, KubescapeAlertReader,
        AnySensorEventReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EventJson json;

    SensorEventReader(String eventKind) {
        this.json = new EventJson(eventKind);
    }

    /** Makes one event of a JSON object at {@code path} ("" for the document itself). */
    abstract E decode(JsonNode node, String path);

    /**
     * The event of a whole frame read straight from its text, when this reader has a way without a
     * tree for it; null to read it as a tree, which is also the answer for a text it finds malformed,
     * so that the problem is worded as the tree's reading words it.
     */
    E quickly(String text) {
        return null;
    }

    /** Exactly one event: the document must be a single event object. */
    public E read(String text) {
        return decode(json.object(text), "");
    }

    /** Every event of a whole text, and what was skipped. */
    public EventBatch<E> readAll(String text) {
        List<EventAt<E>> events = new ArrayList<>();
        List<MalformedEvent> skipped = new ArrayList<>();
        try (EventStream<E> stream = stream(new StringReader(text == null ? "" : text), skipped::add)) {
            stream.forEachRemaining(events::add);
        }
        return new EventBatch<>(events, skipped);
    }

    /** The events of a UTF-8 stream, read lazily as the caller iterates; problems go to {@code onMalformed}. */
    public EventStream<E> stream(InputStream in, Consumer<MalformedEvent> onMalformed) {
        return stream(new InputStreamReader(in, StandardCharsets.UTF_8), onMalformed);
    }

    /** The events of a character stream, read lazily as the caller iterates; problems go to {@code onMalformed}. */
    public EventStream<E> stream(Reader in, Consumer<MalformedEvent> onMalformed) {
        return new EventStream<>(in, this, onMalformed);
    }

    /** The events one framed value holds (a list's items, or the value itself), problems reported. */
    final void eventsOf(JsonFrames.Frame frame, Consumer<EventAt<E>> out, Consumer<MalformedEvent> onMalformed) {
        EventPosition position = new EventPosition(frame.line(), frame.column(), frame.number(), "");
        if (frame.unclosed()) {
            onMalformed.accept(new MalformedEvent(position, json.eventKind() + ": the JSON value never closes"));
            return;
        }
        E quick = quickly(frame.text());
        if (quick != null) {
            out.accept(new EventAt<>(quick, position, frame.text()));
            return;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(frame.text());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            onMalformed.accept(new MalformedEvent(position, json.eventKind() + ": not valid JSON"
                    + (at == null ? "" : " (line " + (frame.line() + at.getLineNr() - 1) + " of the input)")));
            return;
        }
        if (node == null || !node.isObject()) {
            onMalformed.accept(new MalformedEvent(position, json.eventKind() + ": expected a JSON object, found "
                    + EventJson.describe(node)));
            return;
        }
        if (isList(node)) {
            JsonNode items = node.get("items");
            for (int i = 0; i < items.size(); i++) {
                String path = "items[" + i + "]";
                decodeOne(items.get(i), path, position.inside(path), null, out, onMalformed);
            }
            return;
        }
        decodeOne(node, "", position, frame.text(), out, onMalformed);
    }

    /** @param text the node's JSON as written, or null to write it from the node (an item of a list) */
    private void decodeOne(JsonNode node, String path, EventPosition position, String text, Consumer<EventAt<E>> out,
                           Consumer<MalformedEvent> onMalformed) {
        if (!node.isObject()) {
            onMalformed.accept(new MalformedEvent(position, json.eventKind() + ": expected an object, found "
                    + EventJson.describe(node)));
            return;
        }
        try {
            out.accept(new EventAt<>(decode(node, path), position, text != null ? text : node.toString()));
        } catch (MalformedEventException e) {
            onMalformed.accept(new MalformedEvent(position, e.getMessage()));
        }
    }

    /** {@code EventList} (audit webhook, {@code kubectl get events -o json}) or any {@code *List} with items. */
    private static boolean isList(JsonNode node) {
        JsonNode kind = node.get("kind");
        JsonNode items = node.get("items");
        return kind != null && kind.isTextual() && kind.asText().endsWith("List") && items != null && items.isArray();
    }
}
