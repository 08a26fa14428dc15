package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One deploy: the namespace first, then a server-side dry run of everything else (so a rejected
 * object stops the deploy before anything but the empty namespace exists), then each object in
 * order. Every write is preceded by a check that the live object, if any, carries our labels.
 * The record is saved before the first write and after the last, so a crash midway leaves a record
 * that teardown can use.
 */
final class DeployRun {

    private final ClusterObjects objects;
    private final ApplyMethod method;
    private final Clock clock;
    private final DeployProgress progress;
    private final List<ProgressStep> steps = new ArrayList<>();
    private final Map<ObjectRef, GenericKubernetesResource> dryRuns = new HashMap<>();
    private int total;

    DeployRun(ClusterObjects objects, ApplyMethod method, Clock clock, DeployProgress progress) {
        this.objects = objects;
        this.method = method;
        this.clock = clock;
        this.progress = progress;
    }

    DeployResult run(DeployablePlan plan, DeploymentRecord draft, DeploymentRecordStore store) {
        List<GenericKubernetesResource> served = new ArrayList<>();
        List<GenericKubernetesResource> skipped = new ArrayList<>();
        for (GenericKubernetesResource object : plan.objects()) {
            (objects.served(ObjectRef.of(object)) ? served : skipped).add(object);
        }
        total = plan.objects().size();
        DeploymentRecord record = draft.withObjects(served.stream().map(ObjectRef::of).toList());
        store.save(record);
        for (GenericKubernetesResource object : skipped) {
            report(ObjectRef.of(object), "skipped: " + DeployPlanner.missingKind(ObjectRef.of(object)));
        }
        ObjectRef current = null;
        try {
            boolean preflightDone = false;
            for (GenericKubernetesResource object : served) {
                current = ObjectRef.of(object);
                if (progress.cancelled()) {
                    return stop(record, store, current, "cancelled before this object", false);
                }
                if (!preflightDone && !"Namespace".equals(object.getKind())) {
                    Optional<DeployFailure> rejected = preflight(served);
                    if (rejected.isPresent()) {
                        return stop(record, store, rejected.get().object(), rejected.get().reason(), true);
                    }
                    preflightDone = true;
                }
                report(current, applyOne(plan, object));
            }
        } catch (SafetyRefusal e) {
            return stop(record, store, current, e.getMessage(), false);
        } catch (ClusterException e) {
            return stop(record, store, current, e.getMessage(), true);
        } catch (RuntimeException e) {
            return stop(record, store, current, objects.session().reason(e), true);
        }
        DeploymentRecord done = record.with(DeploymentState.DEPLOYED, null, clock.instant());
        store.save(done);
        return new DeployResult(done, steps, Optional.empty());
    }

    /** Server-side dry run of every object still to apply; the first rejection stops the deploy. */
    private Optional<DeployFailure> preflight(List<GenericKubernetesResource> served) {
        if (!method.serverValidates()) {
            return Optional.empty();
        }
        for (GenericKubernetesResource object : served) {
            ObjectRef ref = ObjectRef.of(object);
            if ("Namespace".equals(object.getKind())) {
                continue;
            }
            try {
                dryRuns.put(ref, method.dryRun(objects.handle(object), object));
            } catch (RuntimeException e) {
                if (ClusterFailures.unreachable(e)) {
                    throw objects.session().failure("dry-run " + ref, e);
                }
                return Optional.of(new DeployFailure(ref, "rejected by the server's dry run: "
                        + objects.session().reason(e), List.of()));
            }
        }
        return Optional.empty();
    }

    private String applyOne(DeployablePlan plan, GenericKubernetesResource object) {
        ObjectRef ref = ObjectRef.of(object);
        Optional<ObjectMeta> live = objects.metadata(ref);
        if (live.isPresent()) {
            if (!DeploymentLabels.belongTo(live.get().getLabels(), plan.deploymentId())) {
                throw new SafetyRefusal("refusing to update " + ref + ": it exists and "
                        + DeploymentLabels.ownerOf(live.get().getLabels()));
            }
            GenericKubernetesResource wouldBe = dryRuns.containsKey(ref) ? dryRuns.get(ref)
                    : objects.session().call("dry-run " + ref, () -> method.dryRun(objects.handle(object), object));
            Optional<GenericKubernetesResource> current = objects.get(ref);
            if (current.isPresent() && LiveComparison.same(wouldBe, current.get())) {
                return "unchanged";
            }
        }
        objects.session().call("apply " + ref, () -> method.apply(objects.handle(object)));
        return live.isPresent() ? "updated" : "created";
    }

    private void report(ObjectRef ref, String outcome) {
        ProgressStep step = new ProgressStep(steps.size() + 1, total, ref, outcome);
        steps.add(step);
        progress.step(step);
    }

    private DeployResult stop(DeploymentRecord record, DeploymentRecordStore store, ObjectRef at, String reason,
                              boolean retryable) {
        String masked = objects.session().redaction().apply(reason);
        if (at != null) {
            report(at, "failed: " + masked);
        }
        List<DeployFailure.NextStep> next = retryable
                ? List.of(DeployFailure.NextStep.RETRY, DeployFailure.NextStep.TEARDOWN)
                : List.of(DeployFailure.NextStep.TEARDOWN);
        DeployFailure failure = new DeployFailure(at, masked, next);
        DeploymentRecord failed = record.with(DeploymentState.FAILED, failure.toString(), clock.instant());
        store.save(failed);
        return new DeployResult(failed, steps, Optional.of(failure));
    }
}
