package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.analysis.ScenarioRanker;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TreeValidator;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Runs the analysis on its {@link TaskLane}, debounced: a burst of edits starts one run after the
 * last of them, and a result that arrives after a newer request is dropped.
 */
public final class AnalysisRunner {

    /** How many scenarios the table shows. */
    public static final int TOP_SCENARIOS = 10;

    /** The analysis of one tree; {@link AnalysisRunner#analyse} in the window, a counting one in tests. */
    @FunctionalInterface
    public interface Analysis {
        AnalysisResult of(AttackTree tree, AttackerProfile profile, Ranking ranking);
    }

    private final TaskLane lane;
    private final Analysis analysis;

    public AnalysisRunner(TaskLane lane, Analysis analysis) {
        this.lane = lane;
        this.analysis = analysis;
    }

    public AnalysisRunner(TaskLane lane) {
        this(lane, AnalysisRunner::analyse);
    }

    /** A runner on its own debounced lane over {@code worker}. */
    public AnalysisRunner(ScheduledExecutorService worker, Executor fxThread, long debounceMillis) {
        this(TaskLane.debounced(worker, fxThread, Duration.ofMillis(debounceMillis)));
    }

    /** Asks for a run; the result goes to {@code onResult} on the FX thread unless a newer request came. */
    public void request(AttackTree tree, AttackerProfile profile, Ranking ranking, Consumer<AnalysisResult> onResult) {
        lane.submit(context -> analysis.of(tree, profile, ranking), onResult,
                failure -> onResult.accept(AnalysisResult.failed("Analysis failed: " + failure.getMessage())));
    }

    /** The analysis itself, on the calling thread. */
    public static AnalysisResult analyse(AttackTree tree, AttackerProfile profile, Ranking ranking) {
        try {
            if (TreeValidator.hasErrors(TreeValidator.validate(tree))) {
                return AnalysisResult.failed("The tree has errors (see Problems); fix them to see values.");
            }
            Evaluation evaluation = Evaluation.of(tree, profile);
            Map<String, NodeValues> values = new HashMap<>(tree.size() * 2);
            for (Node node : tree.nodes()) {
                NodeValues v = evaluation.of(node.id());
                if (v != null) {
                    values.put(node.id(), v);
                }
            }
            List<AttackScenario> scenarios = ScenarioRanker.top(tree, profile, ranking, TOP_SCENARIOS);
            return new AnalysisResult(values, evaluation.root(), evaluation.risk(), scenarios, null);
        } catch (UnsupportedOperationException notYet) {
            return AnalysisResult.failed("Analysis is not available in this build.");
        } catch (RuntimeException e) {
            return AnalysisResult.failed("Analysis failed: " + e.getMessage());
        }
    }
}
