package io.stormcenter.workbench.telemetry.cluster;

import io.stormcenter.workbench.telemetry.SensorKind;
import java.util.List;

/**
 * Where a sensor prints its events: the pods its Helm chart labels so, and the container whose
 * log carries them as JSON lines.
 */
public record SensorContainer(SensorKind sensor, String labelSelector, String container) {

    /** Tetragon's chart: the {@code export-stdout} sidecar prints the JSON export. */
    public static final SensorContainer TETRAGON =
            new SensorContainer(SensorKind.TETRAGON, "app.kubernetes.io/name=tetragon", "export-stdout");
    /** Falco's chart, with the plan's {@code json_output: true}: alerts on the falco container's log. */
    public static final SensorContainer FALCO =
            new SensorContainer(SensorKind.FALCO, "app.kubernetes.io/name=falco", "falco");
    /** Kubescape's operator chart: the node-agent's stdout exporter. */
    public static final SensorContainer KUBESCAPE =
            new SensorContainer(SensorKind.KUBESCAPE, "app.kubernetes.io/component=node-agent", "node-agent");

    public static List<SensorContainer> defaults() {
        return List.of(TETRAGON, FALCO, KUBESCAPE);
    }

    /** {@code tetragon}, {@code falco}, {@code kubescape}: what its status line is called. */
    public String name() {
        return sensor.key();
    }
}
