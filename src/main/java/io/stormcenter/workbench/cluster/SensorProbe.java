package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.kube.ClusterFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Looks for the sensors a honeycluster relies on: Tetragon (its TracingPolicy kinds are served)
 * and Falco (a DaemonSet named or labelled falco, in any namespace).
 */
final class SensorProbe {

    static final String CILIUM = "cilium.io/v1alpha1";

    private SensorProbe() {
    }

    static SensorInventory probe(ClusterObjects objects) {
        boolean policies = objects.served(new ObjectRef(CILIUM, "TracingPolicy", null, "*"));
        boolean namespacedPolicies = objects.served(new ObjectRef(CILIUM, "TracingPolicyNamespaced", "*", "*"));
        List<String> falco = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            for (DaemonSet daemonSet : objects.session().client().apps().daemonSets().inAnyNamespace().list().getItems()) {
                if (isFalco(daemonSet)) {
                    falco.add(daemonSet.getMetadata().getNamespace() + "/" + daemonSet.getMetadata().getName());
                }
            }
        } catch (RuntimeException e) {
            if (ClusterFailures.unreachable(e)) {
                throw objects.session().failure("look for Falco", e);
            }
            notes.add("could not look for Falco: " + objects.session().reason(e));
        }
        return new SensorInventory(policies, namespacedPolicies, falco, notes);
    }

    private static boolean isFalco(DaemonSet daemonSet) {
        Map<String, String> labels = daemonSet.getMetadata().getLabels() == null ? Map.of()
                : daemonSet.getMetadata().getLabels();
        return daemonSet.getMetadata().getName().toLowerCase().contains("falco")
                || Objects.equals(labels.get("app.kubernetes.io/name"), "falco")
                || Objects.equals(labels.get("app"), "falco");
    }
}
