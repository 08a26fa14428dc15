package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tetragon policies ({@code cilium.io/v1alpha1}) as generic resources, shaped like the KSC demo's:
 * one kprobe with its arguments and a selector of matchBinaries and matchArgs. A namespaced policy
 * watches only the honey namespace's pods; a cluster-wide one also host processes.
 */
final class TracingPolicies {

    static final String API_VERSION = "cilium.io/v1alpha1";
    static final String NAMESPACED = "TracingPolicyNamespaced";
    static final String CLUSTER = "TracingPolicy";

    private TracingPolicies() {
    }

    /** Annotation saying which Tetragon the policy needs, so an operator on an older agent knows why it is refused. */
    static final String MINIMUM_VERSION_ANNOTATION = "tetragon.io/minimum-version";

    /**
     * The policy of one trip-wire. Path values are written as the kernel reports them
     * ({@link KernelPaths#selectorValues}); {@code podLabels}, when given, narrow a namespaced policy
     * to the pods carrying them (a bait's).
     */
    static GenericKubernetesResource policy(String name, String namespace, Map<String, String> labels,
                                            TripwireParams.Tetragon tetragon, Map<String, String> podLabels) {
        KprobeShape shape = KprobeShape.of(tetragon.function());
        Map<String, Object> kprobe = new LinkedHashMap<>();
        kprobe.put("call", tetragon.function());
        kprobe.put("syscall", tetragon.syscall() != null ? tetragon.syscall() : shape.syscall());
        List<Map<String, Object>> args = new ArrayList<>();
        for (int i = 0; i < shape.argTypes().size(); i++) {
            args.add(map("index", i, "type", shape.argTypes().get(i)));
        }
        if (!args.isEmpty()) {
            kprobe.put("args", args);
        }
        Map<String, Object> selector = new LinkedHashMap<>();
        List<String> binaries = split(tetragon.binary());
        if (!binaries.isEmpty()) {
            selector.put("matchBinaries", List.of(map("operator", "In", "values", binaries)));
        }
        List<Map<String, Object>> matchArgs = new ArrayList<>();
        List<String> paths = split(tetragon.path());
        if (!paths.isEmpty() && shape.pathArg() >= 0) {
            matchArgs.add(map("index", shape.pathArg(), "operator", "Prefix", "values",
                    KernelPaths.selectorValues(paths, shape.pathResolved())));
        }
        List<String> addresses = split(tetragon.address());
        if (!addresses.isEmpty() && shape.sockArg() >= 0) {
            matchArgs.add(map("index", shape.sockArg(), "operator", "DAddr", "values", addresses));
        }
        if (!matchArgs.isEmpty()) {
            selector.put("matchArgs", matchArgs);
        }
        if (!selector.isEmpty()) {
            kprobe.put("selectors", List.of(selector));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        boolean cluster = tetragon.clusterWide();
        if (!cluster && !podLabels.isEmpty()) {
            spec.put("podSelector", map("matchLabels", new TreeMap<>(podLabels)));
        }
        spec.put("kprobes", List.of(kprobe));
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(API_VERSION)
                .withKind(cluster ? CLUSTER : NAMESPACED)
                .withNewMetadata().withName(name).withNamespace(cluster ? null : namespace).withLabels(labels)
                .withAnnotations(Map.of(MINIMUM_VERSION_ANNOTATION, shape.minimumTetragon())).endMetadata()
                .withAdditionalProperties(Map.of("spec", spec))
                .build();
    }

    /** Whether a {@code path} or {@code address} parameter can be compared for this function (else it is ignored). */
    static boolean argumentUsable(TripwireParams.Tetragon tetragon) {
        KprobeShape shape = KprobeShape.of(tetragon.function());
        return (tetragon.path() == null || shape.pathArg() >= 0) && (tetragon.address() == null || shape.sockArg() >= 0);
    }

    static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
