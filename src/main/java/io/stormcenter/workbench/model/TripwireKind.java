package io.stormcenter.workbench.model;

import java.util.Arrays;

/** The kinds of trip-wire (DESIGN.md, "Trip-wires"); the honeycluster compiler gives each its behaviour. */
public enum TripwireKind {
    HONEYTOKEN("honeytoken"),
    CANARY_SERVICE_ACCOUNT("canary-serviceaccount"),
    AUDIT("audit"),
    FALCO("falco"),
    TETRAGON("tetragon"),
    BAIT("bait"),
    K8S_EVENT("k8s-event"),
    KUBESCAPE("kubescape");

    private final String key;

    TripwireKind(String key) {
        this.key = key;
    }

    /** The name used in files. */
    public String key() {
        return key;
    }

    public static TripwireKind fromKey(String key) {
        for (TripwireKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown trip-wire kind '" + key + "' (expected one of "
                + Arrays.stream(values()).map(TripwireKind::key).toList() + ")");
    }
}
