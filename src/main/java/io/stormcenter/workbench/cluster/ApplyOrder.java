package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.ObjectRef;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order objects are applied in, so each finds what it refers to: the namespace, then who acts
 * (service accounts, RBAC), then what is read (secrets, config maps), then workloads, services,
 * network policies and sensor policies. Teardown walks it backwards.
 */
final class ApplyOrder {

    private static final Map<String, Integer> RANKS = Map.ofEntries(
            Map.entry("Namespace", 0),
            Map.entry("ResourceQuota", 1),
            Map.entry("LimitRange", 1),
            Map.entry("ServiceAccount", 2),
            Map.entry("ClusterRole", 3),
            Map.entry("Role", 3),
            Map.entry("ClusterRoleBinding", 4),
            Map.entry("RoleBinding", 4),
            Map.entry("Secret", 5),
            Map.entry("ConfigMap", 6),
            Map.entry("PersistentVolumeClaim", 6),
            Map.entry("Deployment", 7),
            Map.entry("StatefulSet", 7),
            Map.entry("DaemonSet", 7),
            Map.entry("ReplicaSet", 7),
            Map.entry("Job", 7),
            Map.entry("CronJob", 7),
            Map.entry("Pod", 7),
            Map.entry("Service", 8),
            Map.entry("NetworkPolicy", 9),
            Map.entry("TracingPolicy", 10),
            Map.entry("TracingPolicyNamespaced", 10));

    /** Kinds the order does not know go after the known ones. */
    private static final int UNKNOWN = 11;

    private ApplyOrder() {
    }

    static int rank(String kind) {
        return RANKS.getOrDefault(kind, UNKNOWN);
    }

    /** Stable: objects of one rank keep the plan's order. */
    static Comparator<ObjectRef> comparator() {
        return Comparator.comparingInt(ref -> rank(ref.kind()));
    }

    static <T> List<T> sorted(List<T> items, Function<T, String> kind) {
        return items.stream().sorted(Comparator.comparingInt(item -> rank(kind.apply(item)))).toList();
    }
}
