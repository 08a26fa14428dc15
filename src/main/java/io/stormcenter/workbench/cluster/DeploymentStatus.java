package io.stormcenter.workbench.cluster;

import java.time.Instant;
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

    /** "12/12 objects present, 0/1 pods ready". */
    public String summary() {
        return present() + "/" + objects.size() + " objects present, " + readyPods() + "/" + pods.size() + " pods ready";
    }
}
