package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing native and ADTool text (in memory) of generated trees (deterministic by
 * seed; branching 2..5,
 * estimates on every leaf). Run with JMH's main on the test class path:
 * {@code java -cp ... org.openjdk.jmh.Main FormatBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FormatBenchmark {

    @Param({"10000", "100000"})
    public int nodes;

    private AttackTree tree;
    private byte[] json;
    private byte[] xml;

    @Setup
    public void generate() {
        tree = TestTrees.random(nodes, 2024);
        json = NativeFormat.toBytes(tree);
        xml = AdToolFormat.toBytes(tree);
    }

    @Benchmark
    public AttackTree readNative() throws ModelFormatException {
        return NativeFormat.fromBytes(json, "bench.json").tree();
    }

    @Benchmark
    public byte[] writeNative() {
        return NativeFormat.toBytes(tree);
    }

    @Benchmark
    public AttackTree readAdTool() throws ModelFormatException {
        return AdToolFormat.fromBytes(xml, "bench.xml").tree();
    }

    @Benchmark
    public byte[] writeAdTool() {
        return AdToolFormat.toBytes(tree);
    }
}
