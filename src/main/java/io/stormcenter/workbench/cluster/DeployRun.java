package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.stormcenter.workbench.deployment.DeploymentLabels;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordStore;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.PlantedToken;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One deploy: the namespace, its quotas and service accounts first, then a server-side dry run of
 * everything else (so a rejected object stops the deploy before anything but the namespace and its
 * accounts exist; pods cannot be dry-run before their service account exists: admission looks it
 * up), then each object in order. Every write is preceded by a check that the live object, if any, carries our labels.
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
    private final Duration tokenWait;
    private int total;

    DeployRun(ClusterObjects objects, ApplyMethod method, Clock clock, DeployProgress progress, Duration tokenWait) {
        this.objects = objects;
        this.method = method;
        this.clock = clock;
        this.progress = progress;
        this.tokenWait = tokenWait;
    }

    DeployResult run(DeployablePlan plan, DeploymentRecord draft, DeploymentRecordStore store) {
        List<GenericKubernetesResource> served = new ArrayList<>();
        List<GenericKubernetesResource> skipped = new ArrayList<>();
        for (GenericKubernetesResource object : PlantedTokens.withKnownTokens(plan, objects)) {
            (objects.served(ObjectRef.of(object)) ? served : skipped).add(object);
        }
        total = plan.objects().size() + plan.plan().plantedTokens().size();
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
                if (!preflightDone && ApplyOrder.rank(object.getKind()) > ApplyOrder.rank("ServiceAccount")) {
                    Optional<DeployFailure> rejected = preflight(served);
                    if (rejected.isPresent()) {
                        return stop(record, store, rejected.get().object(), rejected.get().reason(), true);
                    }
                    preflightDone = true;
                }
                report(current, applyOne(plan, object));
            }
            for (GenericKubernetesResource object : served) {
                for (PlantedToken planted : PlantedTokens.plantedIn(plan, object)) {
                    current = ObjectRef.of(object);
                    report(current, plant(plan, object, planted));
                }
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
            if (ApplyOrder.rank(object.getKind()) <= ApplyOrder.rank("ServiceAccount")) {
                continue; // applied already
            }
            Instant deadline = clock.instant().plus(tokenWait);
            while (true) {
                try {
                    dryRuns.put(ref, method.dryRun(objects.handle(object), object));
                    break;
                } catch (RuntimeException e) {
                    if (ClusterFailures.unreachable(e)) {
                        throw objects.session().failure("dry-run " + ref, e);
                    }
                    if (!awaitingServiceAccountToken(e) || !clock.instant().isBefore(deadline) || !pause()) {
                        return Optional.of(new DeployFailure(ref, "rejected by the server's dry run: "
                                + objects.session().reason(e), List.of()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Before Kubernetes 1.24 the ServiceAccount admission plugin refuses a pod until the token
     * controller has issued its account's token Secret, moments after the account was created.
     */
    private static boolean awaitingServiceAccountToken(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("No API token found for service account");
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String applyOne(DeployablePlan plan, GenericKubernetesResource object) {
        ObjectRef ref = ObjectRef.of(object);
        Optional<ObjectMeta> live = objects.metadata(ref);
        if (live.isPresent()) {
            if (!DeploymentLabels.belongTo(live.get().getLabels(), plan.label())) {
                throw new SafetyRefusal("refusing to update " + ref + ": it exists and "
                        + DeploymentLabels.ownerOf(live.get().getLabels(), plan.label()));
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

    /** Writes an issued canary token into its planted kubeconfig; waits a little for the token controller. */
    private String plant(DeployablePlan plan, GenericKubernetesResource configMap, PlantedToken planted) {
        if (!PlantedTokens.holdsPlaceholder(configMap, planted.key())) {
            return "canary token of " + planted.serviceAccount() + " already planted";
        }
        Instant deadline = clock.instant().plus(tokenWait);
        Optional<String> token = PlantedTokens.issued(objects, plan.namespace(), planted.tokenSecret());
        while (token.isEmpty() && clock.instant().isBefore(deadline) && pause()) {
            token = PlantedTokens.issued(objects, plan.namespace(), planted.tokenSecret());
        }
        if (token.isEmpty()) {
            return "canary token of " + planted.serviceAccount() + " not issued yet (Secret " + planted.tokenSecret()
                    + " has none): the planted kubeconfig holds a placeholder; deploy again once it is issued";
        }
        GenericKubernetesResource withToken = PlantedTokens.substituted(configMap, planted.key(), token.get());
        objects.session().call("plant the canary token in " + ObjectRef.of(configMap),
                () -> method.apply(objects.handle(withToken)));
        return "planted the canary token of " + planted.serviceAccount() + " (from Secret " + planted.tokenSecret() + ")";
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
