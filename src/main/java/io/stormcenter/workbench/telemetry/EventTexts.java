package io.stormcenter.workbench.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.sensor.AnySensorEventReader;
import io.stormcenter.workbench.sensor.MalformedEventException;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.List;

/**
 * Turns the text a live source received (a Kafka record's value, a log line) into events for
 * the ingestion: one event, or the items of an {@code EventList}. When the source knows the
 * sensor (a topic bound to one), the ingestion parses each event with that sensor's reader;
 * otherwise the sensor is told by the event's shape, as in a mixed capture.
 */
public final class EventTexts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final AnySensorEventReader anyReader = new AnySensorEventReader();

    /**
     * Adds the events of {@code text} to {@code events}, or what is wrong with it to {@code rejected}.
     *
     * @param sensor the sensor that wrote it, or null to tell by shape
     * @return how many events it held
     */
    public int add(String text, String position, SensorKind sensor, List<RawEvent> events,
                   List<RejectedEvent> rejected) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            rejected.add(new RejectedEvent(position, "not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
            return 0;
        }
        if (node == null || !node.isObject()) {
            rejected.add(new RejectedEvent(position, "expected a JSON object"));
            return 0;
        }
        JsonNode kind = node.get("kind");
        JsonNode items = node.get("items");
        if (kind != null && kind.asText().endsWith("List") && items != null && items.isArray()) {
            int added = 0;
            for (int i = 0; i < items.size(); i++) {
                added += addOne(items.get(i).toString(), position + " items[" + i + "]", sensor, events, rejected);
            }
            return added;
        }
        return addOne(text, position, sensor, events, rejected);
    }

    private int addOne(String json, String position, SensorKind sensor, List<RawEvent> events,
                       List<RejectedEvent> rejected) {
        if (sensor != null) {
            events.add(new RawEvent(sensor, json, position));
            return 1;
        }
        try {
            SensorEvent event = anyReader.read(json);
            events.add(RawEvent.parsed(event, json, position));
            return 1;
        } catch (MalformedEventException e) {
            rejected.add(new RejectedEvent(position, e.getMessage()));
            return 0;
        }
    }
}
