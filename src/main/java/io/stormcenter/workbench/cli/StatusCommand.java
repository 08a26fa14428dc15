package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.cluster.DeploymentStatus;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ksc status MODEL}: each deployed object present or missing, pods ready or why not, sensors. */
@Command(name = "status",
        description = "Shows the model's deployment as the cluster holds it now: each object present or missing, "
                + "each pod ready or why not, the sensors found, the last audit event. Exit code 1 when objects are "
                + "missing (or, after a teardown, when any remains).")
final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DeployedModel deployed = new DeployedModel();

    @Mixin
    private ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            DeploymentRecord record = deployed.record();
            try (ClusterSession session = deployed.open(cluster, record)) {
                DeploymentStatus status = cluster.deployer(session).status(record);
                DeploymentText.status(out, status);
                boolean expected = record.state() == DeploymentState.TORN_DOWN ? status.present() == 0
                        : status.missing().isEmpty();
                return expected ? 0 : FailureReport.FAILED;
            }
        } catch (ClusterException e) {
            throw new CommandFailure(e.getMessage());
        } finally {
            out.flush();
        }
    }
}
