package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.DeployedPlan;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordStore;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.KubeContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything the Deploy dialog and the CLI do with a cluster, for one open context: test the
 * connection, preview a plan, deploy it, read its status, tear it down. Long calls report
 * through {@link DeployProgress}; none touches the JavaFX thread. Safety is checked here, before
 * the cluster is touched: system namespaces, production-looking contexts, objects not ours, and
 * a record made on another server.
 */
public final class HoneyclusterDeployer implements AutoCloseable {

    private final ClusterSession session;
    private final ClusterObjects objects;
    private final ApplyMethod method;
    private final SafetyPolicy safety;
    private final AuditEventLookup audit;
    private final Clock clock;
    private final Duration tokenWait;

    public HoneyclusterDeployer(ClusterSession session, ApplyMethod method, SafetyPolicy safety,
                                AuditEventLookup audit, Clock clock) {
        this(session, method, safety, audit, clock, DEFAULT_TOKEN_WAIT);
    }

    /** How long a deploy waits for the token controller to issue a canary token before planting it. */
    public static final Duration DEFAULT_TOKEN_WAIT = Duration.ofSeconds(30);

    public HoneyclusterDeployer(ClusterSession session, ApplyMethod method, SafetyPolicy safety,
                                AuditEventLookup audit, Clock clock, Duration tokenWait) {
        this.tokenWait = tokenWait;
        this.session = session;
        this.objects = new ClusterObjects(session);
        this.method = method;
        this.safety = safety;
        this.audit = audit;
        this.clock = clock;
    }

    public KubeContext context() {
        return session.context();
    }

    /** Labels, namespaces and apply order settled; refuses what would leave the honey namespace. */
    public DeployablePlan prepare(HoneyclusterPlan plan) {
        return DeployablePlan.prepare(plan, safety, objects::namespaced);
    }

    /** The server's version and whether the user may do what the plan needs. */
    public ConnectionReport testConnection(DeployablePlan plan) {
        String version = session.serverVersion();
        return new ConnectionReport(session.context(), version,
                AccessReview.review(session, AccessReview.requirements(plan, objects)));
    }

    public DeployPreview preview(DeployablePlan plan) {
        return new DeployPlanner(objects, method).preview(plan);
    }

    /** The question to ask before deploying: names the context, the server, and what gets exposed. */
    public String confirmation(DeployPreview preview) {
        StringBuilder text = new StringBuilder()
                .append("Deploy ").append(preview.changes().size() - preview.count(PlannedAction.SKIP))
                .append(" objects into namespace '").append(preview.namespace()).append("' on context '")
                .append(session.context().name()).append("' (server ").append(session.server()).append(")");
        if (safety.looksLikeProduction(session.context())) {
            text.append("\nThis context looks like PRODUCTION.");
        }
        for (String warning : preview.warnings()) {
            if (warning.startsWith("exposed")) {
                text.append("\n").append(warning);
            }
        }
        return text.toString();
    }

    /** Applies the plan; the record is saved in the store before the first write and after the last. */
    public DeployResult deploy(DeployablePlan plan, DeployRequest request, DeploymentRecordStore store,
                               DeployProgress progress) {
        safety.checkContext(session.context(), request.productionAllowed());
        safety.checkNamespace(plan.namespace());
        // a re-deploy of a live deployment keeps the time it was first deployed
        Instant deployedAt = store.load()
                .filter(r -> r.id().equals(plan.deploymentId()) && r.state() != DeploymentState.TORN_DOWN)
                .map(DeploymentRecord::deployedAt).orElse(clock.instant());
        DeploymentRecord draft = new DeploymentRecord(plan.deploymentId(), plan.plan().modelId(), request.modelHash(),
                session.context().name(), session.server(), request.kubeconfig(), plan.namespace(), plan.plan().seed(),
                List.of(), deployedAt, clock.instant(), DeploymentState.DEPLOYING, null, plan.label(),
                DeployedPlan.of(plan.plan()).orElse(null));
        return new DeployRun(objects, method, clock, progress, tokenWait).run(plan, draft, store);
    }

    public DeploymentStatus status(DeploymentRecord record) {
        checkSameCluster(record);
        return new StatusReader(objects, audit, clock).read(record);
    }

    public TeardownResult teardown(DeploymentRecord record, DeploymentRecordStore store, boolean productionAllowed,
                                   DeployProgress progress, Duration wait) {
        safety.checkContext(session.context(), productionAllowed);
        safety.checkNamespace(record.namespace());
        checkSameCluster(record);
        return new Teardown(objects, clock, progress).run(record, store, wait);
    }

    /** A context may have been pointed at another cluster since the deploy: then it is not ours to touch. */
    private void checkSameCluster(DeploymentRecord record) {
        if (!record.server().equals(session.server())) {
            throw new SafetyRefusal("deployment " + record.id() + " was made on " + record.server() + ", but context '"
                    + session.context().name() + "' now points to " + session.server());
        }
    }

    /** Closes the connection to the cluster (its HTTP client and threads). */
    @Override
    public void close() {
        session.close();
    }
}
