package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.PaperSize;
import io.stormcenter.workbench.report.PdfReport;
import io.stormcenter.workbench.report.ReportAssembler;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.report.ReportException;
import io.stormcenter.workbench.report.ReportRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc report MODEL -o report.pdf}: the PDF risk report. */
@Command(name = "report", sortOptions = false,
        description = {"Writes the PDF risk report: the current risk with its interval, the most likely attack paths, "
                + "the best defences for the budget, the tree with heat, per-step estimates and evidence, sessions, "
                + "method and the trip-wire inventory.",
            "Others' sightings that import-sightings kept beside the store count as evidence too, each labelled by its"
                + " origin.",
            "Without observations (no --store, or an empty window) it is the design-time assessment and says so."})
final class ReportCommand implements Callable<Integer> {

    private final ModelFiles models;
    private final Clock clock;

    ReportCommand(ModelFiles models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The PDF to write.")
    private Path output;

    @Option(names = "--budget", paramLabel = "B",
            description = "What the defender can spend on proposed defences (default: every proposal that lowers the risk).")
    private Double budget;

    @Option(names = "--profile", paramLabel = "NAME", converter = ProfileConverter.class, defaultValue = "any",
            description = "Attacker profile (default: ${DEFAULT-VALUE}).")
    private AttackerProfile profile;

    @Option(names = "--paper", paramLabel = "A4|Letter", defaultValue = "A4",
            description = "Paper size (default: ${DEFAULT-VALUE}).")
    private String paper;

    @Option(names = "--show-addresses",
            description = "Print source addresses whole (by default only their network is shown).")
    private boolean showAddresses;

    @Mixin
    private HeatOptions observations = new HeatOptions();

    @Override
    public Integer call() {
        PaperSize size;
        try {
            size = PaperSize.fromName(paper);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--paper: " + e.getMessage());
        }
        if (budget != null && (!(budget >= 0) || budget.isInfinite())) {
            throw new ParameterException(spec.commandLine(), "--budget must be zero or more, is " + budget);
        }
        ReadResult read = models.read(model);
        AttackTree tree = read.tree();
        ObservedHeat observed = observations.store.store == null && !observations.store.exists(model) ? null
                : observations.compute(model, read, clock, spec.commandLine());
        EvidenceInputs inputs = EvidenceInputs.of(model, observations.store.location(model), tree, observed);
        ReportDeployment deployed = ReportDeployment.of(inputs.record(), inputs.plan());
        ReportRequest request = new ReportRequest(tree, model.getFileName().toString(), profile, budget, size,
                !showAddresses, clock.instant(), deployed.context(), observed, windowLabel(observations.window),
                inputs.shared(), deployed.inventory(), deployed.secrets());
        PrintWriter err = spec.commandLine().getErr();
        try {
            long bytes = new PdfReport(new ReportAssembler(Calibration.withDefaults()))
                    .write(request, output, (step, done) -> err.printf("%3.0f%% %s%n", done * 100, step));
            spec.commandLine().getOut().println("wrote " + output + " (" + (bytes / 1024) + " KiB, "
                    + (request.hasObservations() ? "evidence-based" : "design-time assessment") + ")");
        } catch (ReportException e) {
            throw new CommandFailure(e.getMessage());
        }
        return 0;
    }

    private static String windowLabel(String window) {
        String w = window.strip();
        return w.equalsIgnoreCase("all") ? "all stored observations"
                : w.contains("..") ? "observations from " + w.replace("..", " to ") : "the last " + w;
    }
}
