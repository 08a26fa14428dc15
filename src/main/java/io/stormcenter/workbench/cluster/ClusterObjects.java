package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.DeploymentLabel;
import io.stormcenter.workbench.kube.ClusterFailures;
import io.stormcenter.workbench.kube.ClusterSession;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes objects of any kind by reference, through fabric8's generic resources. Reads
 * for ownership checks fetch metadata only, so checking a honeytoken never reads its data.
 */
final class ClusterObjects {

    private final ClusterSession session;
    private final ResourceKinds kinds;

    ClusterObjects(ClusterSession session) {
        this.session = session;
        this.kinds = new ResourceKinds(session);
    }

    ClusterSession session() {
        return session;
    }

    /** Whether the cluster serves the kind, and if so whether it is namespaced. */
    Optional<Boolean> namespaced(String apiVersion, String kind) {
        return kinds.find(apiVersion, kind).map(ResourceDefinitionContext::isNamespaceScoped);
    }

    ResourceDefinitionContext kind(ObjectRef ref) {
        return kinds.require(ref);
    }

    boolean served(ObjectRef ref) {
        return kinds.find(ref.apiVersion(), ref.kind()).isPresent();
    }

    private MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> operation(ObjectRef ref) {
        return session.client().genericKubernetesResources(kinds.require(ref));
    }

    Resource<GenericKubernetesResource> handle(ObjectRef ref) {
        var operation = operation(ref);
        return ref.namespaced() ? operation.inNamespace(ref.namespace()).withName(ref.name())
                : operation.withName(ref.name());
    }

    Resource<GenericKubernetesResource> handle(GenericKubernetesResource object) {
        ObjectRef ref = ObjectRef.of(object);
        var operation = operation(ref);
        return ref.namespaced() ? operation.inNamespace(ref.namespace()).resource(object) : operation.resource(object);
    }

    /** The live object's metadata, empty when it does not exist. */
    Optional<ObjectMeta> metadata(ObjectRef ref) {
        try {
            var partial = handle(ref).getAsPartialObjectMetadata();
            return Optional.ofNullable(partial).map(p -> p.getMetadata());
        } catch (RuntimeException e) {
            if (ClusterFailures.code(e) == 404) {
                return Optional.empty();
            }
            throw session.failure("read " + ref, e);
        }
    }

    /** The whole live object, empty when it does not exist. */
    Optional<GenericKubernetesResource> get(ObjectRef ref) {
        return Optional.ofNullable(session.call("read " + ref, () -> handle(ref).get()));
    }

    /** Objects of one kind carrying the deployment's label, in a namespace or cluster-wide. */
    List<GenericKubernetesResource> labelled(String apiVersion, String kind, String namespace, DeploymentLabel label) {
        ObjectRef probe = new ObjectRef(apiVersion, kind, namespace, "*");
        if (!served(probe)) {
            return List.of();
        }
        var options = new ListOptionsBuilder().withLabelSelector(label.selector()).build();
        var operation = operation(probe);
        boolean namespacedKind = kinds.require(probe).isNamespaceScoped();
        return session.call("list " + kind + " objects", () -> (!namespacedKind ? operation.list(options)
                : namespace == null ? operation.inAnyNamespace().list(options)
                : operation.inNamespace(namespace).list(options)).getItems());
    }

    void delete(ObjectRef ref) {
        session.call("delete " + ref, () -> handle(ref).delete());
    }
}
