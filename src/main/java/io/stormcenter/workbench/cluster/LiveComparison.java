package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether applying would change a live object: the dry-run result and the live object are compared
 * without the fields the server keeps for itself (versions, timestamps, managed fields, status).
 */
final class LiveComparison {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Set<String> SERVER_METADATA = Set.of("resourceVersion", "managedFields", "generation",
            "creationTimestamp", "uid", "selfLink");

    private LiveComparison() {
    }

    static boolean same(GenericKubernetesResource wouldBe, GenericKubernetesResource live) {
        return content(wouldBe).equals(content(live));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(GenericKubernetesResource object) {
        Map<String, Object> map = new LinkedHashMap<>(SERIALIZATION.convertValue(object, Map.class));
        map.remove("status");
        Object metadata = map.get("metadata");
        if (metadata instanceof Map<?, ?> meta) {
            Map<String, Object> trimmed = new LinkedHashMap<>((Map<String, Object>) meta);
            SERVER_METADATA.forEach(trimmed::remove);
            if (trimmed.get("annotations") instanceof Map<?, ?> annotations && annotations.isEmpty()) {
                trimmed.remove("annotations");
            }
            map.put("metadata", trimmed);
        }
        return map;
    }
}
