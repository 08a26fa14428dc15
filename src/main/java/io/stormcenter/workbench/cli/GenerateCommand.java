package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.Exposure;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.PlanWriter;
import io.stormcenter.workbench.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc generate MODEL -o DIR}: compiles the model into a honeycluster folder; nothing written on error. */
@Command(name = "generate",
        description = "Compiles a model into a honeycluster: one YAML file per object, kustomization.yaml, the audit "
                + "policy and webhook kubeconfig for the operator, Falco rules, plan.json and a README. The same "
                + "model and seed give byte-identical files.")
final class GenerateCommand implements Callable<Integer> {

    private final ModelFiles models;

    GenerateCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.json or ADTool .xml).")
    private Path model;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "A new or empty folder for the plan.")
    private Path output;

    @Option(names = "--namespace", paramLabel = "N", description = "The honey namespace (default: ksc-<model-slug>).")
    private String namespace;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the fake credentials and the deployment id (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--workbench-identity", paramLabel = "USER",
            description = "The workbench's own API user (name or glob); its requests never count. Repeatable.")
    private List<String> workbenchIdentities = new ArrayList<>();

    @Option(names = "--count-platform",
            description = "Also count the platform's identities (kubelets, controllers, kube-system), excluded by default.")
    private boolean countPlatform;

    @Option(names = "--api-server-cidr", paramLabel = "CIDR",
            description = "Where the honey namespace may reach the API server (default: the private ranges). Repeatable.")
    private List<String> apiServerCidrs = new ArrayList<>();

    @Override
    public Integer call() {
        ReadResult read = models.read(model);
        PrintWriter out = spec.commandLine().getOut();
        read.warnings().forEach(w -> out.println("WARNING " + w));
        HoneyclusterCompiler compiler = new HoneyclusterCompiler();
        CompileOptions options = CompileOptions.seeded(seed).withNamespace(namespace)
                .withWorkbenchIdentities(workbenchIdentities).withExcludePlatform(!countPlatform)
                .withApiServerCidrs(apiServerCidrs);
        HoneyclusterPlan plan;
        try {
            plan = compiler.compile(read.tree(), options);
        } catch (PlanRefusedException refused) {
            throw new CommandFailure(model + ": " + refused.getMessage() + "\nnothing was written");
        }
        compiler.check(read.tree(), options).stream().filter(p -> !p.isError()).map(Problem::describe).forEach(out::println);
        try {
            new PlanWriter().write(plan, output);
        } catch (IOException e) {
            throw new CommandFailure(output + ": cannot write the plan (" + e.getMessage() + "); nothing was written");
        }
        out.println("Wrote " + output + ": " + plan.objects().size() + " objects, " + plan.index().entries().size()
                + " trip-wires, namespace " + plan.namespace() + ", deployment " + plan.deploymentId());
        out.println(plan.exposures().isEmpty() ? "Exposed: nothing"
                : "Exposed: " + String.join("; ", plan.exposures().stream().map(Exposure::describe).toList()));
        out.flush();
        return 0;
    }
}
