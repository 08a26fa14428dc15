package io.stormcenter.workbench.telemetry.cluster;

import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.FalcoAlert;
import io.stormcenter.workbench.sensor.KubernetesEvent;
import io.stormcenter.workbench.sensor.KubescapeAlert;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonEvent;

/**
 * What of a cluster's sensor output the plan needs: events in the honey namespace, and events
 * elsewhere (a host process, another namespace) only when one of the plan's trip-wires takes
 * them. A busy cluster's Tetragon export is large; the rest is dropped before the store.
 */
public final class RelevantEvents {

    private final String namespace;
    private final TripwireIndex index;
    private final String quotedNamespace;

    public RelevantEvents(String namespace, TripwireIndex index) {
        this.namespace = namespace;
        this.index = index;
        this.quotedNamespace = "\"" + namespace + "\"";
    }

    /**
     * A cheap look at a line before it is parsed: false only when it can hold nothing the plan
     * needs (it names neither the honey namespace nor a policy, rule or trip-wire field at all).
     */
    public boolean mayMatter(String line) {
        return line.contains(quotedNamespace) || line.contains("\"policy_name\"") || line.contains("\"rule\"")
                || line.contains("\"RuleID\"");
    }

    public boolean keep(SensorEvent event) {
        if (namespace.equals(namespaceOf(event))) {
            return true;
        }
        return !index.match(event).isEmpty();
    }

    private static String namespaceOf(SensorEvent event) {
        if (event instanceof TetragonEvent tetragon) {
            return tetragon.podNamespace();
        }
        if (event instanceof FalcoAlert falco) {
            return falco.namespace();
        }
        if (event instanceof KubescapeAlert kubescape) {
            return kubescape.namespace();
        }
        if (event instanceof KubernetesEvent k8s) {
            return k8s.namespace();
        }
        return event instanceof AuditEvent audit ? audit.objectRef().namespace() : null;
    }
}
