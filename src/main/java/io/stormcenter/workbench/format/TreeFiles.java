package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes a tree in the format its file name says: {@code .json} native,
 * {@code .xml} ADTool 2, {@code .dot} Graphviz (write only). Writing is atomic.
 * (API fixed by the scaffold; the format work implements it.)
 */
public final class TreeFiles {

    private TreeFiles() {
    }

    /** Reads a model; warnings (e.g. from an ADTool import) come with it. */
    public static ReadResult read(Path file) throws IOException, ModelFormatException {
        throw new UnsupportedOperationException("format not built yet");
    }

    public static void write(AttackTree tree, Path file) throws IOException {
        throw new UnsupportedOperationException("format not built yet");
    }
}
