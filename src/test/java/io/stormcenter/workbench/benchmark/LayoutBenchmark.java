package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The tidy layout of whole generated trees (cards, edges and the map by id included), as the canvas
 * and the PDF report ask for it after every edit. Run: {@code mvn -Pbench test-compile exec:exec
 * -Djmh.args="LayoutBenchmark -f 1 -wi 3 -i 5"}. Runs on the default 512 KB thread stack on purpose:
 * the 100,000-level chain must not need a bigger one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss512k")
public class LayoutBenchmark {

    private AttackTree tree10k;
    private AttackTree tree100k;
    private AttackTree chain100k;

    @Setup
    public void generate() {
        tree10k = RandomTreeGenerator.withSandAndDefences(42, 0.1).generate(10_000);
        tree100k = RandomTreeGenerator.withSandAndDefences(42, 0.1).generate(100_000);
        chain100k = DeepChainGenerator.chain(100_000);
    }

    @Benchmark
    public TreeLayout layout10k() {
        return TreeLayout.of(tree10k);
    }

    @Benchmark
    public TreeLayout layout100k() {
        return TreeLayout.of(tree100k);
    }

    /** 100,000 levels, each a gate over the next level and a leaf (200,001 cards). */
    @Benchmark
    public TreeLayout layoutChain100kLevels() {
        return TreeLayout.of(chain100k);
    }
}
