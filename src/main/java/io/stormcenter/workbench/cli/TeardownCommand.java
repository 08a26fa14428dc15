package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.cluster.TeardownResult;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ksc teardown MODEL}: deletes every object with the deployment's labels and waits until they are gone. */
@Command(name = "teardown",
        description = "Removes the model's deployment: every object carrying its labels, namespace last; waits until "
                + "they are gone and marks the record torn down. Objects without our labels are never touched.")
final class TeardownCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DeployedModel deployed = new DeployedModel();

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    private boolean yes;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for objects to go (default: ${DEFAULT-VALUE}).")
    private long waitSeconds;

    @Mixin
    private ClusterOptions cluster = new ClusterOptions();

    private final BufferedReader input;

    TeardownCommand() {
        this(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    TeardownCommand(BufferedReader input) {
        this.input = input;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            DeploymentRecord record = deployed.record();
            if (record.state() == DeploymentState.TORN_DOWN) {
                out.println("Deployment " + record.id() + " was already torn down at " + record.updatedAt()
                        + "; checking that nothing remains.");
            }
            try (ClusterSession session = deployed.open(cluster, record)) {
                cluster.safety().checkContext(session.context(), cluster.allowProduction);
                out.println("Tear down deployment " + record.id() + " (namespace " + record.namespace() + ", "
                        + record.objects().size() + " objects) on context '" + session.context().name() + "' (server "
                        + session.server() + ")");
                if (!yes && !new Confirmation(input).ask(out, "Tear down?")) {
                    throw new CommandFailure("not confirmed; nothing was deleted");
                }
                TeardownResult result = cluster.deployer(session).teardown(record,
                        DeploymentRecordFile.nextTo(deployed.model),
                        cluster.allowProduction, new ProgressLines(out), Duration.ofSeconds(waitSeconds));
                return report(out, result);
            }
        } catch (ClusterException e) {
            throw new CommandFailure(e.getMessage());
        } finally {
            out.flush();
        }
    }

    private int report(PrintWriter out, TeardownResult result) {
        result.leftAlone().forEach(line -> out.println("Left alone: " + line));
        if (!result.complete()) {
            result.remaining().forEach(line -> out.println("Remains: " + line));
            throw new CommandFailure(result.remaining().size() + " objects remain after waiting (listed above); run "
                    + "teardown again later");
        }
        out.println("Torn down " + result.record().id() + ": " + result.deleted().size()
                + " objects deleted, nothing labelled remains.");
        return 0;
    }
}
