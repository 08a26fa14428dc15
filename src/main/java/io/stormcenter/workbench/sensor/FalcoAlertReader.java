package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Parses one Falco JSON alert (Falco's {@code json_output}, or a falcosidekick webhook body). */
public final class FalcoAlertReader {

    private static final EventJson JSON = new EventJson("Falco alert");

    public FalcoAlert read(String json) {
        JsonNode node = JSON.object(json);
        return new FalcoAlert(
                requiredInstant(node),
                JSON.requiredText(node, "rule", ""),
                JSON.text(node, "priority", ""),
                JSON.text(node, "source", ""),
                JSON.text(node, "hostname", ""),
                JSON.text(node, "output", ""),
                JSON.strings(node, "tags", ""),
                JSON.flatMap(node, "output_fields", ""),
                JSON.text(node, "uuid", ""));
    }

    private static Instant requiredInstant(JsonNode node) {
        Instant time = JSON.instant(node, "time", "");
        if (time == null) {
            throw JSON.malformed("time", "missing");
        }
        return time;
    }
}
