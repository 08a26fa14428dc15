package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.analysis.ScenarioRanker;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.TreeValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc analyze MODEL}: the root's values and the best attack scenarios. */
@Command(name = "analyze", sortOptions = false,
        description = {"Quantifies a model: the root's probability, minimal cost, time and skill, its risk, "
                + "then the top attack scenarios.",
            "With --store, the estimates calibrated by the sessions of the window: each with its 90 %% interval "
                + "(JSON: \"calibrated\":{\"probability\",\"low\",\"high\"} on the root and per node).",
            "Attacker profiles: any, script-kiddie, cybercriminal, insider, nation-state."})
final class AnalyzeCommand implements Callable<Integer> {

    private final ModelFiles models;

    AnalyzeCommand(ModelFiles models) {
        this.models = models;
    }

    /** What {@code --by} accepts, in the user's words. */
    enum Order {
        probability(Ranking.MOST_LIKELY), cost(Ranking.CHEAPEST), time(Ranking.FASTEST);

        final Ranking ranking;

        Order(Ranking ranking) {
            this.ranking = ranking;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.json or ADTool .xml).")
    private Path model;

    @Option(names = "--profile", paramLabel = "NAME", converter = ProfileConverter.class,
            description = "Attacker profile that prunes what it cannot afford (default: ${DEFAULT-VALUE}).",
            defaultValue = "any")
    private AttackerProfile profile;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5",
            description = "How many attack scenarios to list (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--by", paramLabel = "ORDER", defaultValue = "probability",
            description = "Rank scenarios by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Order order;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    /** With {@code --store}: calibrate the estimates by the sessions of the window. */
    @Mixin
    private HeatOptions observations = new HeatOptions();

    @Override
    public Integer call() {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must be 0 or more, is " + top);
        }
        ReadResult read = models.read(model);
        AttackTree tree = read.tree();
        // Ranking needs no verdict to start, and on a large model both take a while: they run at
        // once, and a model with errors discards the ranking (evaluation is safe on any tree).
        Background<Ranked> ranking = Background.start("ksc-ranking", () -> rank(tree));
        List<Problem> problems = TreeValidator.validate(tree);
        if (TreeValidator.hasErrors(problems)) {
            ranking.cancel();
            Problem first = problems.stream().filter(Problem::isError).findFirst().orElseThrow();
            long errors = problems.stream().filter(Problem::isError).count();
            throw new CommandFailure(model + ": the model has " + Figures.count(errors, "error")
                    + " (first: " + first.describe() + "); run 'ksc validate " + model + "' for all of them");
        }
        Ranked ranked = ranking.uncheckedResult();
        Evaluation evaluation = ranked.evaluation();
        List<AttackScenario> scenarios = ranked.scenarios();
        PrintWriter out = spec.commandLine().getOut();
        CalibratedTree calibrated = EvidenceInputs.calibrate(observations, model, read, profile, spec.commandLine());
        if (json) {
            AnalysisJson.write(evaluation, scenarios, calibrated, out);
        } else {
            for (String warning : read.warnings()) {
                spec.commandLine().getErr().println("warning: " + warning);
            }
            AnalysisText.write(evaluation, scenarios, order.ranking, out);
            if (calibrated != null) {
                CalibrationText.write(tree, calibrated, out);
            }
        }
        out.flush();
        return 0;
    }

    private Ranked rank(AttackTree tree) {
        Evaluation evaluation = Evaluation.of(tree, profile);
        return new Ranked(evaluation, ScenarioRanker.top(evaluation, order.ranking, top));
    }

    private record Ranked(Evaluation evaluation, List<AttackScenario> scenarios) {
    }
}
