package io.stormcenter.workbench.honeycluster;

import java.util.List;

/**
 * The typed parameters of each trip-wire kind (TEAM.md conventions; in files all parameters are
 * strings). {@link TripwireCatalogue#parse} makes them from a {@code Tripwire}.
 */
public sealed interface TripwireParams {

    /** A Secret with fake credentials; optionally mounted into a bait pod. */
    record Honeytoken(String secret, HoneytokenFlavor flavor, String mountIn, String path) implements TripwireParams {
    }

    /** A ServiceAccount whose token is planted in a bait pod ({@code plantIn} = bait id) or a ConfigMap. */
    record CanaryServiceAccount(String name, String plantInBait, String plantInConfigMap) implements TripwireParams {
    }

    /**
     * An audit rule. {@code namespace} null means the honey namespace; {@code "*"} any namespace;
     * {@code ""} cluster-scoped objects.
     */
    record Audit(List<String> verbs, String resource, String subresource, String name, String namespace,
                 String user) implements TripwireParams {
        public Audit {
            verbs = List.copyOf(verbs);
        }
    }

    /** An upstream Falco rule by name, or a generated one when {@code condition} is set. */
    record Falco(String rule, String condition, String output, String priority) implements TripwireParams {
        public boolean generated() {
            return condition != null;
        }
    }

    /**
     * A kprobe policy. {@code clusterWide}: a {@code TracingPolicy} for host processes too (e.g. the
     * kubelet reading a symlinked key), else a {@code TracingPolicyNamespaced} in the honey namespace.
     */
    record Tetragon(String function, String binary, String path, String address, Boolean syscall, String policy,
                    boolean clusterWide) implements TripwireParams {
    }

    /** A decoy workload and its Service. */
    record Bait(BaitWorkload workload, Exposure.Type expose, int port, String image) implements TripwireParams {
    }

    /** A Kubernetes Event in the honey namespace; nothing is deployed. */
    record KubernetesEventRule(String reason, String kind, String name) implements TripwireParams {
    }

    /**
     * A Kubescape runtime rule ({@code R0001} unexpected process ...) alerting in the honey namespace,
     * optionally only for an executable or a file path (globs).
     */
    record Kubescape(String rule, String exec, String path) implements TripwireParams {
    }
}
