package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.kube.ClusterSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out which rights a plan needs (per kind: read, create, server-side apply, list and delete
 * in the honey namespace) and asks the server about each with a SelfSubjectAccessReview.
 */
final class AccessReview {

    /** Deploy reads (plan), creates, patches (server-side apply); teardown lists by label and deletes. */
    private static final List<String> VERBS = List.of("get", "create", "patch", "list", "delete");

    private AccessReview() {
    }

    static List<AccessRequirement> requirements(DeployablePlan plan, ClusterObjects objects) {
        Map<String, AccessRequirement> unique = new LinkedHashMap<>();
        for (ObjectRef ref : plan.refs()) {
            Optional<Boolean> namespaced = objects.namespaced(ref.apiVersion(), ref.kind());
            if (namespaced.isEmpty()) {
                continue; // not served: skipped at deploy, needs no rights
            }
            ResourceDefinitionContext kind = objects.kind(ref);
            for (String verb : VERBS) {
                add(unique, new AccessRequirement(verb, kind.getGroup(), kind.getPlural(),
                        namespaced.get() ? plan.namespace() : null, false, ref.kind() + " objects"));
            }
        }
        add(unique, new AccessRequirement("list", "", "pods", plan.namespace(), true, "status: which pods run"));
        add(unique, new AccessRequirement("list", "apps", "daemonsets", null, true, "finding a Falco DaemonSet"));
        return List.copyOf(unique.values());
    }

    private static void add(Map<String, AccessRequirement> unique, AccessRequirement requirement) {
        unique.putIfAbsent(requirement.describe(), requirement);
    }

    static List<AccessResult> review(ClusterSession session, List<AccessRequirement> requirements) {
        List<AccessResult> results = new ArrayList<>();
        for (AccessRequirement requirement : requirements) {
            SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
                    .withNewSpec().withNewResourceAttributes()
                    .withVerb(requirement.verb()).withGroup(requirement.group()).withResource(requirement.resource())
                    .withNamespace(requirement.namespace())
                    .endResourceAttributes().endSpec().build();
            SelfSubjectAccessReview answer = session.call("review the access of the kubeconfig user",
                    () -> session.client().authorization().v1().selfSubjectAccessReview().create(review));
            if (answer == null || answer.getStatus() == null) {
                results.add(new AccessResult(requirement, null, "the server gave no answer"));
            } else {
                var status = answer.getStatus();
                String reason = status.getReason() == null ? "" : status.getReason();
                results.add(new AccessResult(requirement, Boolean.TRUE.equals(status.getAllowed()), reason));
            }
        }
        return results;
    }
}
