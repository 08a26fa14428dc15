package io.stormcenter.workbench.telemetry.cluster;

import io.stormcenter.workbench.sensor.FalcoAlertReader;
import io.stormcenter.workbench.sensor.KubescapeAlertReader;
import io.stormcenter.workbench.sensor.MalformedEventException;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import java.util.List;

/**
 * What a line of a sensor container's log is: an event the plan needs, a malformed event, or
 * something to pass over (the sensor's own messages, events of other namespaces).
 */
final class ContainerLines {

    private final SensorKind sensor;
    private final RelevantEvents relevant;
    private final TetragonEventReader tetragon = new TetragonEventReader();
    private final FalcoAlertReader falco = new FalcoAlertReader();
    private final KubescapeAlertReader kubescape = new KubescapeAlertReader();

    ContainerLines(SensorKind sensor, RelevantEvents relevant) {
        this.sensor = sensor;
        this.relevant = relevant;
    }

    /** Adds the line's event or its problem; returns whether it held an event the plan needs. */
    boolean add(String text, String position, List<RawEvent> events, List<RejectedEvent> rejected) {
        String line = text.strip();
        // Falco and the node-agent print their own messages between the events: not events, not malformed.
        if (!line.startsWith("{") || sensor == SensorKind.KUBESCAPE && !KubescapeAlertReader.looksLikeAlert(line)) {
            return false;
        }
        if (!relevant.mayMatter(line)) {
            return false;
        }
        SensorEvent event;
        try {
            event = switch (sensor) {
                case TETRAGON -> tetragon.read(line);
                case FALCO -> falco.read(line);
                case KUBESCAPE -> kubescape.read(line);
                default -> throw new IllegalStateException(sensor.key() + " does not print events to a container log");
            };
        } catch (MalformedEventException e) {
            rejected.add(new RejectedEvent(position, e.getMessage()));
            return false;
        }
        if (!relevant.keep(event)) {
            return false;
        }
        events.add(RawEvent.parsed(event, line, position));
        return true;
    }
}
