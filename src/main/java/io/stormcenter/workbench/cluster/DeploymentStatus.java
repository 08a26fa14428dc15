package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cluster holds of a deployment right now.
 *
 * @param lastAuditEvent "not collected yet", "none received" or the time of the newest event
 */
public record DeploymentStatus(DeploymentRecord record, List<ObjectStatus> objects, List<PodReadiness> pods,
                               SensorInventory sensors, String lastAuditEvent, Instant checkedAt) {

    public DeploymentStatus {
        objects = List.copyOf(objects);
        pods = List.copyOf(pods);
    }

    public long present() {
        return objects.stream().filter(ObjectStatus::present).count();
    }

    public List<ObjectStatus> missing() {
        return objects.stream().filter(o -> !o.present()).toList();
    }

    public long readyPods() {
        return pods.stream().filter(PodReadiness::ready).count();
    }

    /**
     * The whole status as short lines a person reads top to bottom (the CLI prints them, the
     * window lists them): the record, each object, each pod, sensors, the last audit event.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Deployment " + record.id() + " of model " + record.modelId() + ": " + record.state().words()
                + " (recorded " + record.updatedAt() + ")");
        lines.add("Context " + record.context() + ", server " + record.server() + ", namespace " + record.namespace());
        boolean tornDown = record.state() == DeploymentState.TORN_DOWN;
        for (ObjectStatus object : objects) {
            String word = object.present() ? (tornDown ? "REMAINS" : "present") : (tornDown ? "gone" : "MISSING");
            String note = object.note() == null || object.note().isEmpty() || "missing".equals(object.note()) ? ""
                    : "  - " + object.note();
            lines.add(String.format("  %-8s %s%s", word, object.object(), note));
        }
        if (pods.isEmpty()) {
            lines.add("Pods: none");
        }
        for (PodReadiness pod : pods) {
            lines.add("  pod " + pod);
        }
        lines.add("Sensors: " + sensors.summary());
        sensors.notes().forEach(note -> lines.add("  " + note));
        lines.add("Last audit event: " + lastAuditEvent);
        lines.add(summary());
        return lines;
    }

    /** "12/12 objects present, 0/1 pods ready". */
    public String summary() {
        return present() + "/" + objects.size() + " objects present, " + readyPods() + "/" + pods.size() + " pods ready";
    }
}
