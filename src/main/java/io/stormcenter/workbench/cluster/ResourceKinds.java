package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which kinds the cluster serves, and their plural and scope: built-in kinds from fabric8's model,
 * the rest (TracingPolicy and other custom resources) from the server's discovery. A custom kind
 * the server does not serve means its CRD is missing: the object is skipped with a warning.
 */
final class ResourceKinds {

    private final ClusterSession session;
    private final Map<String, Optional<APIResourceList>> discovered = new HashMap<>();

    ResourceKinds(ClusterSession session) {
        this.session = session;
    }

    Optional<ResourceDefinitionContext> find(String apiVersion, String kind) {
        Class<? extends KubernetesResource> builtIn = session.client().getKubernetesSerialization()
                .getRegisteredKubernetesResource(apiVersion, kind);
        if (builtIn != null && !builtIn.getName().endsWith("GenericKubernetesResource")) {
            return Optional.of(ResourceDefinitionContext.fromResourceType(builtIn));
        }
        Optional<APIResourceList> resources = discovered.computeIfAbsent(apiVersion,
                v -> Optional.ofNullable(session.call("discover the API " + v, () -> session.client().getApiResources(v))));
        return resources.flatMap(list -> list.getResources().stream()
                .filter(r -> kind.equals(r.getKind()) && !r.getName().contains("/"))
                .findFirst()
                .map((APIResource r) -> ResourceDefinitionContext.fromApiResource(apiVersion, r)));
    }

    ResourceDefinitionContext require(ObjectRef ref) {
        return find(ref.apiVersion(), ref.kind()).orElseThrow(() -> new ClusterException(
                "the cluster does not serve " + ref.kind() + " (" + ref.apiVersion() + ")"));
    }
}
