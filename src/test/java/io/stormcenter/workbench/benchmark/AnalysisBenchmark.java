package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.EvaluationPlan;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.analysis.ScenarioRanker;
import io.stormcenter.workbench.model.AttackTree;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Targets: all domains on a 100,000-node tree under 10 ms once warm; top-10 scenarios on a
 * 10,000-node tree under 200 ms. Run: {@code mvn -Pbench test-compile exec:exec
 * -Djmh.args="AnalysisBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class AnalysisBenchmark {

    private AttackTree tree100k;
    private AttackTree defended100k;
    private AttackTree tree10k;
    private EvaluationPlan plan100k;
    private EvaluationPlan defendedPlan100k;

    @Param({"MOST_LIKELY", "CHEAPEST", "FASTEST"})
    public Ranking ranking;

    @Setup
    public void generate() {
        tree100k = RandomTreeGenerator.andOr(42).generate(100_000);
        defended100k = RandomTreeGenerator.withSandAndDefences(42, 0.1).generate(100_000);
        tree10k = RandomTreeGenerator.andOr(42).generate(10_000);
        tree100k.index(); // the index is built once per tree, like the editor's current tree
        defended100k.index();
        tree10k.index();
        plan100k = EvaluationPlan.of(tree100k);
        defendedPlan100k = EvaluationPlan.of(defended100k);
    }

    /** Every domain for a profile on a tree whose plan is kept (the editor keeps it for its current tree). */
    @Benchmark
    public Evaluation allDomains100kPlanned() {
        return plan100k.evaluate(AttackerProfile.UNLIMITED);
    }

    @Benchmark
    public Evaluation allDomains100kSandDefencesProfilePlanned() {
        return defendedPlan100k.evaluate(AttackerProfile.CYBERCRIMINAL);
    }

    /** Lays the tree out (reads every node object once), then evaluates. */
    @Benchmark
    public Evaluation allDomains100k() {
        return Evaluation.of(tree100k, AttackerProfile.UNLIMITED);
    }

    @Benchmark
    public Evaluation allDomains100kSandDefencesProfile() {
        return Evaluation.of(defended100k, AttackerProfile.CYBERCRIMINAL);
    }

    @Benchmark
    public List<AttackScenario> top10Scenarios10k() {
        return ScenarioRanker.top(tree10k, AttackerProfile.UNLIMITED, ranking, 10);
    }
}
