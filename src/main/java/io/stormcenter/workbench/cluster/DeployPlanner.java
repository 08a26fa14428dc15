package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.stormcenter.workbench.deployment.DeploymentLabels;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.kube.ClusterFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out what a deploy would do without changing anything: for each object, whether it would
 * be created, updated or left unchanged (by a server-side dry run compared with the live object),
 * refused (it exists and is not ours), invalid (the dry run says why) or skipped (no CRD).
 */
final class DeployPlanner {

    private final ClusterObjects objects;
    private final ApplyMethod method;

    DeployPlanner(ClusterObjects objects, ApplyMethod method) {
        this.objects = objects;
        this.method = method;
    }

    DeployPreview preview(DeployablePlan plan) {
        ObjectRef namespaceRef = new ObjectRef("v1", "Namespace", null, plan.namespace());
        boolean namespaceExists = objects.metadata(namespaceRef).isPresent();
        List<PlannedChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (GenericKubernetesResource object : PlantedTokens.withKnownTokens(plan, objects)) {
            PlannedChange change = plan(plan, object, namespaceExists);
            if (change.action() == PlannedAction.SKIP) {
                warnings.add(change.object() + " skipped: " + change.note());
            }
            changes.add(change);
        }
        warnings.addAll(exposures(plan));
        SensorInventory sensors = SensorProbe.probe(objects);
        warnings.addAll(sensors.notes());
        return new DeployPreview(objects.session().context(), plan.namespace(), plan.deploymentId(), changes, sensors,
                warnings, method.serverValidates());
    }

    private PlannedChange plan(DeployablePlan plan, GenericKubernetesResource object, boolean namespaceExists) {
        ObjectRef ref = ObjectRef.of(object);
        if (!objects.served(ref)) {
            return new PlannedChange(ref, PlannedAction.SKIP, missingKind(ref));
        }
        Optional<ObjectMeta> live = objects.metadata(ref);
        if (live.isPresent() && !DeploymentLabels.belongTo(live.get().getLabels(), plan.label())) {
            return new PlannedChange(ref, PlannedAction.REFUSED,
                    "exists and " + DeploymentLabels.ownerOf(live.get().getLabels(), plan.label()));
        }
        if (live.isEmpty() && ref.namespaced() && !namespaceExists) {
            return new PlannedChange(ref, PlannedAction.CREATE, method.serverValidates()
                    ? DeployPreview.AFTER_NAMESPACE + " " + plan.namespace() + " exists, before any object is applied"
                    : "");
        }
        GenericKubernetesResource wouldBe;
        try {
            wouldBe = method.dryRun(objects.handle(object), object);
        } catch (RuntimeException e) {
            if (ClusterFailures.unreachable(e)) {
                throw objects.session().failure("dry-run " + ref, e);
            }
            return new PlannedChange(ref, PlannedAction.INVALID, objects.session().reason(e));
        }
        if (live.isEmpty()) {
            return new PlannedChange(ref, PlannedAction.CREATE, "");
        }
        boolean same = objects.get(ref).map(current -> LiveComparison.same(wouldBe, current)).orElse(false);
        return new PlannedChange(ref, same ? PlannedAction.UNCHANGED : PlannedAction.UPDATE, "");
    }

    static String missingKind(ObjectRef ref) {
        String hint = ref.apiVersion().startsWith("cilium.io/") ? " (Tetragon is not installed)" : "";
        return "the cluster has no " + ref.kind() + " kind in " + ref.apiVersion() + ": its CRD is missing" + hint;
    }

    /** What the plan makes reachable from outside the cluster: listed in the plan and confirmed at deploy. */
    static List<String> exposures(DeployablePlan plan) {
        List<String> exposed = new ArrayList<>();
        for (GenericKubernetesResource object : plan.objects()) {
            if (!"Service".equals(object.getKind())) {
                continue;
            }
            Object spec = object.getAdditionalProperties().get("spec");
            Object type = spec instanceof Map<?, ?> map ? map.get("type") : null;
            if ("NodePort".equals(type) || "LoadBalancer".equals(type)) {
                exposed.add("exposed outside the cluster: " + ObjectRef.of(object) + " (" + type + ")");
            }
        }
        return exposed;
    }
}
