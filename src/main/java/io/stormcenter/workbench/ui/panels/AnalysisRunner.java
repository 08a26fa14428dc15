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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs the analysis off the FX thread, debounced: a burst of edits starts one run after the
 * last of them, and a result that arrives after a newer request is dropped.
 */
public final class AnalysisRunner {

    /** How many scenarios the table shows. */
    public static final int TOP_SCENARIOS = 10;

    private final ScheduledExecutorService worker;
    private final Executor fxThread;
    private final long debounceMillis;
    private final AtomicLong generation = new AtomicLong();
    private ScheduledFuture<?> pending;

    public AnalysisRunner(ScheduledExecutorService worker, Executor fxThread, long debounceMillis) {
        this.worker = worker;
        this.fxThread = fxThread;
        this.debounceMillis = debounceMillis;
    }

    /** Asks for a run; the result goes to {@code onResult} on the FX thread unless a newer request came. */
    public synchronized void request(AttackTree tree, AttackerProfile profile, Ranking ranking,
                                     Consumer<AnalysisResult> onResult) {
        long mine = generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> {
            AnalysisResult result = analyse(tree, profile, ranking);
            fxThread.execute(() -> {
                if (generation.get() == mine) {
                    onResult.accept(result);
                }
            });
        }, debounceMillis, TimeUnit.MILLISECONDS);
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
