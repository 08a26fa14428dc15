package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.format.TreeFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a generated model file for whole-process timings:
 * {@code WriteBenchmarkModel FILE [NODES=100000] [SEED=42]}, or {@code chain} as NODES's prefix
 * ({@code chain100000}) for a deep chain.
 */
public final class WriteBenchmarkModel {

    private WriteBenchmarkModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WriteBenchmarkModel FILE [NODES|chainDEPTH] [SEED]");
            return;
        }
        String size = args.length > 1 ? args[1] : "100000";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        var tree = size.startsWith("chain")
                ? DeepChainGenerator.chain(Integer.parseInt(size.substring("chain".length())))
                : RandomTreeGenerator.andOr(seed).generate(Integer.parseInt(size));
        TreeFiles.write(tree, Path.of(args[0]));
        System.out.println("wrote " + args[0] + ": " + tree.size() + " nodes");
    }
}
