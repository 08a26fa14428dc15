package io.stormcenter.workbench.sensor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One Falco JSON alert, as Falco writes it or as falcosidekick forwards it.
 *
 * @param outputFields the flat {@code output_fields} ({@code "k8s.ns.name"}, {@code "proc.cmdline"} ...), values as text
 * @param uuid         falcosidekick's id of the alert, or null when it came from Falco directly
 */
public record FalcoAlert(Instant time, String rule, String priority, String source, String hostname, String output,
                         List<String> tags, Map<String, String> outputFields, String uuid) implements SensorEvent {

    public FalcoAlert {
        tags = List.copyOf(tags == null ? List.of() : tags);
        outputFields = Map.copyOf(outputFields == null ? Map.of() : outputFields);
    }

    /** The Kubernetes namespace of the pod the alert is about, or null outside Kubernetes. */
    public String namespace() {
        return outputFields.get("k8s.ns.name");
    }

    public String podName() {
        return outputFields.get("k8s.pod.name");
    }

    public String field(String name) {
        return outputFields.get(name);
    }
}
