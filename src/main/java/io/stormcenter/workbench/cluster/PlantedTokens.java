package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.PlantedToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Canary tokens planted in kubeconfigs: the compiler writes a placeholder where the token goes,
 * because the token controller makes the token only once the token Secret exists. Known tokens
 * are written in before a dry run or apply (so a re-deploy finds the ConfigMap unchanged); a fresh
 * deploy plants them after the rest is applied. The token itself goes nowhere else: not into a
 * message, a progress line or the record.
 */
final class PlantedTokens {

    /** The compiler's placeholder (honeycluster.CanaryObjects.TOKEN_PLACEHOLDER). */
    static final String PLACEHOLDER = "${SERVICE_ACCOUNT_TOKEN}";

    private PlantedTokens() {
    }

    /** The plan's objects with every token already issued written into its planted kubeconfig. */
    static List<GenericKubernetesResource> withKnownTokens(DeployablePlan plan, ClusterObjects objects) {
        List<GenericKubernetesResource> result = new ArrayList<>();
        for (GenericKubernetesResource object : plan.objects()) {
            GenericKubernetesResource current = object;
            for (PlantedToken planted : plantedIn(plan, object)) {
                Optional<String> token = issued(objects, plan.namespace(), planted.tokenSecret());
                if (token.isPresent()) {
                    current = substituted(current, planted.key(), token.get());
                }
            }
            result.add(current);
        }
        return result;
    }

    static List<PlantedToken> plantedIn(DeployablePlan plan, GenericKubernetesResource object) {
        if (!"ConfigMap".equals(object.getKind())) {
            return List.of();
        }
        return plan.plan().plantedTokens().stream()
                .filter(p -> p.configMap().equals(object.getMetadata().getName())).toList();
    }

    static boolean holdsPlaceholder(GenericKubernetesResource configMap, String key) {
        Object data = configMap.getAdditionalProperties().get("data");
        return data instanceof Map<?, ?> map && map.get(key) instanceof String text && text.contains(PLACEHOLDER);
    }

    /** The token the controller wrote into the Secret, empty while it has not. */
    static Optional<String> issued(ClusterObjects objects, String namespace, String secret) {
        Optional<GenericKubernetesResource> live = objects.get(new ObjectRef("v1", "Secret", namespace, secret));
        Object data = live.map(s -> s.getAdditionalProperties().get("data")).orElse(null);
        if (data instanceof Map<?, ?> map && map.get("token") instanceof String encoded && !encoded.isEmpty()) {
            return Optional.of(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static GenericKubernetesResource substituted(GenericKubernetesResource configMap, String key, String token) {
        GenericKubernetesResource copy = new GenericKubernetesResource();
        copy.setApiVersion(configMap.getApiVersion());
        copy.setKind(configMap.getKind());
        copy.setMetadata(configMap.getMetadata());
        copy.setAdditionalProperties(new LinkedHashMap<>(configMap.getAdditionalProperties()));
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) configMap.getAdditionalProperties().get("data"));
        data.computeIfPresent(key, (k, text) -> ((String) text).replace(PLACEHOLDER, token));
        copy.getAdditionalProperties().put("data", data);
        return copy;
    }
}
