package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Targets: reading a 10,000-node model file under 300 ms; a chain 100,000 levels deep evaluates,
 * reads and writes at all (no recursion limit). Run: {@code mvn -Pbench test-compile exec:exec
 * -Djmh.args="ModelFileBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class ModelFileBenchmark {

    private Path folder;
    private Path file10k;
    private Path chainFile;
    private Path chainCopy;
    private AttackTree chain;

    @Setup
    public void writeModels() throws IOException {
        folder = Files.createTempDirectory("ksc-bench");
        file10k = folder.resolve("random-10k.json");
        TreeFiles.write(RandomTreeGenerator.andOr(42).generate(10_000), file10k);
        chain = DeepChainGenerator.chain(100_000);
        chainFile = folder.resolve("chain-100k.json");
        chainCopy = folder.resolve("chain-100k-copy.json");
        TreeFiles.write(chain, chainFile);
    }

    @TearDown
    public void removeModels() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Benchmark
    public ReadResult read10k() throws IOException, ModelFormatException {
        return TreeFiles.read(file10k);
    }

    @Benchmark
    public ReadResult readChain100kLevels() throws IOException, ModelFormatException {
        return TreeFiles.read(chainFile);
    }

    @Benchmark
    public Path writeChain100kLevels() throws IOException {
        TreeFiles.write(chain, chainCopy);
        return chainCopy;
    }

    /** A fresh tree each time, so the index (post-order of 100,000 levels) is built too. */
    @Benchmark
    public NodeValues evaluateChain100kLevelsWithIndex() {
        AttackTree fresh = new AttackTree(chain.id(), chain.title(), "", chain.rootId(), chain.nodes());
        return Evaluation.of(fresh, AttackerProfile.UNLIMITED).root();
    }
}
