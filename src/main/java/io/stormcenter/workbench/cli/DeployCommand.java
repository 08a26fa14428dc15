package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.cluster.ConnectionReport;
import io.stormcenter.workbench.cluster.DeployFailure;
import io.stormcenter.workbench.cluster.DeployPreview;
import io.stormcenter.workbench.cluster.DeployRequest;
import io.stormcenter.workbench.cluster.DeployResult;
import io.stormcenter.workbench.cluster.DeployablePlan;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.cluster.SensorHelm;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ksc deploy MODEL --context CTX}: compiles the model, checks access, shows the plan with
 * the server's dry run, asks (naming context and server), applies with server-side apply and
 * saves the record next to the model.
 */
@Command(name = "deploy",
        description = "Deploys a model's honeycluster to the cluster of a kubeconfig context: shows the plan with a "
                + "server-side dry run, asks for confirmation naming the context and server, then applies it. The "
                + "deployment record is saved next to the model (MODEL.deploy.json).")
final class DeployCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.json or ADTool .xml).")
    private Path model;

    @Option(names = "--context", required = true, paramLabel = "CTX", description = "The kubeconfig context to deploy to.")
    private String context;

    @Option(names = "--namespace", paramLabel = "N", description = "The honey namespace (default: the compiler's).")
    private String namespace;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the fake credentials and the deployment id (default: the recorded seed, else 1).")
    private Long seed;

    @Option(names = "--dry-run", description = "Show the plan and the server's dry run; change nothing.")
    private boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    private boolean yes;

    @Option(names = "--sensors", description = "Apply the plan's sensor settings (Falco, Tetragon Helm values) with "
            + "helm without asking; without it deploy asks when helm is on the PATH.")
    private boolean sensors;

    @Mixin
    private ClusterOptions cluster = new ClusterOptions();

    private final ModelFiles models;
    private final PlanCompilation compilation;
    private final BufferedReader input;

    DeployCommand(ModelFiles models) {
        this(models, HoneyclusterCompilation.INSTANCE,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    DeployCommand(ModelFiles models, PlanCompilation compilation, BufferedReader input) {
        this.models = models;
        this.compilation = compilation;
        this.input = input;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return deploy(out);
        } catch (ClusterException e) {
            throw new CommandFailure(e.getMessage());
        } finally {
            out.flush();
        }
    }

    private int deploy(PrintWriter out) {
        ReadResult read = models.read(model);
        read.warnings().forEach(w -> out.println("WARNING " + w));
        DeploymentRecordFile records = DeploymentRecordFile.nextTo(model);
        Optional<DeploymentRecord> previous = records.load();
        long chosenSeed = seed != null ? seed : previous.map(DeploymentRecord::seed).orElse(1L);
        HoneyclusterPlan plan = compilation.compile(read.tree(), namespace, chosenSeed);
        SafetyPolicy safety = cluster.safety();
        KubeconfigLocation location = cluster.location(null);
        try (ClusterSession session = ClusterOptions.open(location, context)) {
            // refused before anything is sent to a production-looking cluster, even a dry run
            safety.checkContext(session.context(), cluster.allowProduction);
            session.serverVersion(); // an unreachable server is named before anything else is tried
            HoneyclusterDeployer deployer = cluster.deployer(session);
            DeployablePlan deployable = deployer.prepare(plan);
            ConnectionReport connection = deployer.testConnection(deployable);
            DeploymentText.connection(out, connection);
            if (!connection.sufficient()) {
                throw new CommandFailure("the user of context '" + context + "' lacks " + connection.missing().size()
                        + " rights the plan needs (listed above); nothing was deployed");
            }
            DeployPreview preview = deployer.preview(deployable);
            DeploymentText.preview(out, preview);
            if (!preview.deployable()) {
                throw new CommandFailure(preview.blocking().size() + " objects block the deploy (marked above); "
                        + "nothing was deployed");
            }
            if (dryRun) {
                out.println("Dry run: nothing was changed.");
                return 0;
            }
            out.println(deployer.confirmation(preview));
            if (!yes && !new Confirmation(input).ask(out, "Deploy?")) {
                throw new CommandFailure("not confirmed; nothing was deployed");
            }
            DeployResult result = deployer.deploy(deployable,
                    DeployRequest.forModelFile(model, location.persistedForm(), cluster.allowProduction), records,
                    new ProgressLines(out));
            int code = report(out, result, records);
            offerSensorSettings(out, plan, location.persistedForm());
            return code;
        }
    }

    /** The sensors' settings the plan needs: applied with helm when it is there and the user agrees, else named. */
    private void offerSensorSettings(PrintWriter out, HoneyclusterPlan plan, String kubeconfig) {
        List<String> commands = SensorHelm.commands(plan);
        if (commands.isEmpty()) {
            return;
        }
        out.println("The plan's trip-wires need these sensor settings (Helm values of Falco and Tetragon):");
        commands.forEach(c -> out.println("  " + c));
        if (!SensorHelm.onPath(System.getenv())) {
            out.println("helm is not on the PATH: write the values with 'ksc generate " + model + " -o DIR --seed "
                    + plan.seed() + "' and run the commands above in DIR (context " + context + ").");
            return;
        }
        boolean apply = sensors || (!yes && new Confirmation(input).ask(out, "Apply them now with helm on context '"
                + context + "'?"));
        if (!apply) {
            out.println("Sensor settings not applied; until they are, the README of 'ksc generate' lists the trip-wires"
                    + " that stay blind.");
            return;
        }
        try {
            Path folder = Files.createTempDirectory("sensor-values-");
            SensorHelm.processes().apply(plan, folder, context, kubeconfig, out::println);
            out.println("Sensor settings applied. Check them with: ksc status " + model);
        } catch (IOException e) {
            throw new CommandFailure("could not write the sensors' values: " + e.getMessage());
        }
    }

    private int report(PrintWriter out, DeployResult result, DeploymentRecordFile records) {
        if (result.failure().isPresent()) {
            DeployFailure failure = result.failure().get();
            String retry = failure.nextSteps().contains(DeployFailure.NextStep.RETRY)
                    ? " Fix the cause and run the same deploy again, or" : "";
            throw new CommandFailure("deploy stopped at " + failure + "." + retry + " remove what was applied with: ksc "
                    + "teardown " + model);
        }
        out.println("Deployed " + result.record().id() + " into namespace " + result.record().namespace() + ": "
                + result.count("created") + " created, " + result.count("updated") + " updated, "
                + result.count("unchanged") + " unchanged, " + result.count("skipped") + " skipped.");
        out.println("Record: " + records.file() + ". Next: ksc status " + model);
        return 0;
    }
}
