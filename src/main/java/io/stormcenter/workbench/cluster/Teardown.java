package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.stormcenter.workbench.deployment.DeploymentLabels;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordStore;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.deployment.ObjectRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Removes a deployment: every object of the recorded kinds that carries the deployment's labels
 * (found by label, so objects the record missed go too), in reverse apply order, the namespace
 * last; then waits until they are gone, including the pods and replica sets their controllers
 * made. Recorded objects that lost our labels are left alone and reported.
 */
final class Teardown {

    private static final Duration POLL = Duration.ofMillis(500);
    /** Made by controllers from our workloads; they carry our pod-template labels. */
    private static final List<ObjectRef> CHILD_KINDS = List.of(new ObjectRef("apps/v1", "ReplicaSet", "*", "*"),
            new ObjectRef("v1", "Pod", "*", "*"));

    private final ClusterObjects objects;
    private final Clock clock;
    private final DeployProgress progress;

    Teardown(ClusterObjects objects, Clock clock, DeployProgress progress) {
        this.objects = objects;
        this.clock = clock;
        this.progress = progress;
    }

    TeardownResult run(DeploymentRecord record, DeploymentRecordStore store, Duration wait) {
        Map<ObjectRef, Boolean> targets = new LinkedHashMap<>();
        List<String> leftAlone = new ArrayList<>();
        for (ObjectRef kind : kinds(record, true)) {
            for (GenericKubernetesResource object : objects.labelled(kind.apiVersion(), kind.kind(),
                    record.namespace(), record.label())) {
                targets.put(ObjectRef.of(object), true);
            }
        }
        for (ObjectRef ref : record.objects()) {
            if (targets.containsKey(ref) || !objects.served(ref)) {
                continue;
            }
            Optional<ObjectMeta> live = objects.metadata(ref);
            if (live.isPresent()) {
                if (DeploymentLabels.belongTo(live.get().getLabels(), record.label())) {
                    targets.put(ref, true);
                } else {
                    leftAlone.add(ref + ": " + DeploymentLabels.ownerOf(live.get().getLabels(), record.label()) + ", left alone");
                }
            }
        }
        List<ObjectRef> order = new ArrayList<>(targets.keySet());
        order.sort(ApplyOrder.comparator().reversed());
        List<ObjectRef> deleted = new ArrayList<>();
        int done = 0;
        for (ObjectRef ref : order) {
            if (progress.cancelled()) {
                break;
            }
            // re-checked right before deleting: the label list may be seconds old
            Optional<ObjectMeta> live = objects.metadata(ref);
            String outcome;
            if (live.isEmpty()) {
                outcome = "already gone";
            } else if (!DeploymentLabels.belongTo(live.get().getLabels(), record.label())) {
                leftAlone.add(ref + ": " + DeploymentLabels.ownerOf(live.get().getLabels(), record.label()) + ", left alone");
                outcome = "left alone: not ours";
            } else {
                objects.delete(ref);
                deleted.add(ref);
                outcome = "deleted";
            }
            progress.step(new ProgressStep(++done, order.size(), ref, outcome));
        }
        List<String> remaining = waitUntilGone(record, wait);
        DeploymentRecord updated = remaining.isEmpty()
                ? record.with(DeploymentState.TORN_DOWN, null, clock.instant())
                : record.with(DeploymentState.TEARDOWN_INCOMPLETE, "remaining: " + String.join("; ", remaining),
                clock.instant());
        store.save(updated);
        return new TeardownResult(updated, deleted, remaining, leftAlone);
    }

    /** The recorded kinds (plus the pods and replica sets controllers make from them), namespace last. */
    private List<ObjectRef> kinds(DeploymentRecord record, boolean withChildren) {
        Set<ObjectRef> kinds = new LinkedHashSet<>();
        for (ObjectRef ref : record.objects()) {
            kinds.add(new ObjectRef(ref.apiVersion(), ref.kind(), ref.namespaced() ? "*" : null, "*"));
        }
        if (withChildren) {
            kinds.addAll(CHILD_KINDS);
        }
        List<ObjectRef> sorted = new ArrayList<>(kinds);
        sorted.sort(Comparator.comparingInt((ObjectRef k) -> ApplyOrder.rank(k.kind())).reversed());
        return sorted;
    }

    private List<String> waitUntilGone(DeploymentRecord record, Duration wait) {
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            List<String> remaining = remaining(record);
            if (remaining.isEmpty() || !clock.instant().isBefore(deadline)) {
                return remaining;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return remaining;
            }
        }
    }

    private List<String> remaining(DeploymentRecord record) {
        List<String> remaining = new ArrayList<>();
        for (ObjectRef kind : kinds(record, true)) {
            for (GenericKubernetesResource object : objects.labelled(kind.apiVersion(), kind.kind(), null, record.label())) {
                boolean terminating = object.getMetadata().getDeletionTimestamp() != null;
                remaining.add(ObjectRef.of(object) + (terminating ? " (still terminating)" : ""));
            }
        }
        return remaining;
    }
}
