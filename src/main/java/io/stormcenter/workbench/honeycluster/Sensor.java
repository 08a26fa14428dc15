package io.stormcenter.workbench.honeycluster;

/** The sensors a honeycluster relies on; a trip-wire is only as observable as its sensors are installed. */
public enum Sensor {
    AUDIT,
    FALCO,
    TETRAGON,
    KUBERNETES_EVENTS,
    KUBESCAPE
}
