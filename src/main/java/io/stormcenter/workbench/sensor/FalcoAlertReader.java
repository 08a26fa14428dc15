package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Parses Falco JSON alerts (Falco's {@code json_output}, one per line, or a falcosidekick
 * webhook body).
 */
public final class FalcoAlertReader extends SensorEventReader<FalcoAlert> {

    private static final EventJson JSON = new EventJson("Falco alert");

    public FalcoAlertReader() {
        super("Falco alert");
    }

    @Override
    FalcoAlert decode(JsonNode node, String path) {
        return new FalcoAlert(
                requiredInstant(node, path),
                JSON.requiredText(node, "rule", path),
                JSON.text(node, "priority", path),
                JSON.text(node, "source", path),
                JSON.text(node, "hostname", path),
                JSON.text(node, "output", path),
                JSON.strings(node, "tags", path),
                JSON.flatMap(node, "output_fields", path),
                JSON.text(node, "uuid", path));
    }

    private static Instant requiredInstant(JsonNode node, String path) {
        Instant time = JSON.instant(node, "time", path);
        if (time == null) {
            throw JSON.malformed(EventJson.path(path, "time"), "missing");
        }
        return time;
    }
}
