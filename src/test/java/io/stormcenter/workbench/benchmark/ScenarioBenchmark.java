package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.AttackerProfile;
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
 * Target: top-10 scenarios on a 10,000-node tree under 200 ms (evaluation included). Run:
 * {@code mvn -Pbench test-compile exec:exec -Djmh.args="ScenarioBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class ScenarioBenchmark {

    @Param({"MOST_LIKELY", "CHEAPEST", "FASTEST"})
    public Ranking ranking;

    private AttackTree tree10k;
    private AttackTree defended10k;

    @Setup
    public void generate() {
        tree10k = RandomTreeGenerator.andOr(42).generate(10_000);
        defended10k = RandomTreeGenerator.withSandAndDefences(42, 0.1).generate(10_000);
        tree10k.index();
        defended10k.index();
    }

    @Benchmark
    public List<AttackScenario> top10Scenarios10k() {
        return ScenarioRanker.top(tree10k, AttackerProfile.UNLIMITED, ranking, 10);
    }

    @Benchmark
    public List<AttackScenario> top10Scenarios10kSandDefences() {
        return ScenarioRanker.top(defended10k, AttackerProfile.UNLIMITED, ranking, 10);
    }
}
