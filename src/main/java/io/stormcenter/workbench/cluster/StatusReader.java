package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.stormcenter.workbench.deployment.DeploymentLabels;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.ObjectRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a deployment's state from the cluster: each recorded object present or missing (by its
 * metadata only: status never reads a honeytoken's data), workloads' ready replicas, each pod's
 * readiness or the reason it is not ready, the sensors, and the last audit event.
 */
final class StatusReader {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");

    private final ClusterObjects objects;
    private final AuditEventLookup audit;
    private final Clock clock;

    StatusReader(ClusterObjects objects, AuditEventLookup audit, Clock clock) {
        this.objects = objects;
        this.audit = audit;
        this.clock = clock;
    }

    DeploymentStatus read(DeploymentRecord record) {
        List<ObjectStatus> statuses = new ArrayList<>();
        for (ObjectRef ref : record.objects()) {
            if (!objects.served(ref)) {
                statuses.add(new ObjectStatus(ref, false, DeployPlanner.missingKind(ref)));
                continue;
            }
            Optional<ObjectMeta> live = objects.metadata(ref);
            if (live.isEmpty()) {
                statuses.add(new ObjectStatus(ref, false, "missing"));
            } else if (!DeploymentLabels.belongTo(live.get().getLabels(), record.label())) {
                statuses.add(new ObjectStatus(ref, false, "exists but " + DeploymentLabels.ownerOf(live.get().getLabels(), record.label())));
            } else {
                statuses.add(new ObjectStatus(ref, true, WORKLOADS.contains(ref.kind()) ? replicas(ref) : ""));
            }
        }
        SensorInventory sensors = SensorProbe.probe(objects).withNotes(SensorConfiguration.problems(objects, record));
        return new DeploymentStatus(record, statuses, pods(record), sensors, lastAuditEvent(record), clock.instant());
    }

    @SuppressWarnings("unchecked")
    private String replicas(ObjectRef ref) {
        Optional<GenericKubernetesResource> live = objects.get(ref);
        Object status = live.map(o -> o.getAdditionalProperties().get("status")).orElse(null);
        Map<String, Object> map = status instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String readyKey = "DaemonSet".equals(ref.kind()) ? "numberReady" : "readyReplicas";
        String wantedKey = "DaemonSet".equals(ref.kind()) ? "desiredNumberScheduled" : "replicas";
        Object spec = live.map(o -> o.getAdditionalProperties().get("spec")).orElse(null);
        Object wanted = map.getOrDefault(wantedKey, spec instanceof Map<?, ?> s ? s.get("replicas") : null);
        return number(map.get(readyKey)) + "/" + number(wanted) + " ready";
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private List<PodReadiness> pods(DeploymentRecord record) {
        var options = new ListOptionsBuilder().withLabelSelector(record.label().selector()).build();
        List<Pod> pods = objects.session().call("list the pods of namespace " + record.namespace(),
                () -> objects.session().client().pods().inNamespace(record.namespace()).list(options).getItems());
        return pods.stream().map(PodDiagnosis::of).toList();
    }

    private String lastAuditEvent(DeploymentRecord record) {
        if (!audit.collecting()) {
            return "not collected yet";
        }
        return audit.lastEvent(record.id()).map(Object::toString).orElse("none received");
    }
}
