package io.stormcenter.workbench.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Which sensors the cluster has: Tetragon's TracingPolicy CRDs, Falco DaemonSets
 * ("namespace/name"), and notes where the user's rights did not allow looking.
 */
public record SensorInventory(boolean tracingPolicies, boolean namespacedTracingPolicies, List<String> falcoDaemonSets,
                              List<String> notes) {

    public SensorInventory {
        falcoDaemonSets = List.copyOf(falcoDaemonSets);
        notes = List.copyOf(notes);
    }

    /** A copy with more notes (e.g. a sensor configured so that a trip-wire cannot fire). */
    public SensorInventory withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new SensorInventory(tracingPolicies, namespacedTracingPolicies, falcoDaemonSets, all);
    }

    public boolean tetragon() {
        return tracingPolicies || namespacedTracingPolicies;
    }

    public boolean falco() {
        return !falcoDaemonSets.isEmpty();
    }

    /** "Tetragon: TracingPolicy CRD present; Falco: DaemonSet falco/falco". */
    public String summary() {
        String tetragon = tetragon() ? "TracingPolicy CRD present" : "no TracingPolicy CRD (Tetragon not installed)";
        String falco = falco() ? "DaemonSet " + String.join(", ", falcoDaemonSets) : "no Falco DaemonSet found";
        return "Tetragon: " + tetragon + "; Falco: " + falco;
    }
}
