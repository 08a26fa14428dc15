package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes a tree in this package's own formats ({@link ModelFormats#builtIn()}): a file is
 * read in the format its content says ({@code .json} native, {@code .xml} ADTool 2), written in the
 * one its extension says ({@code .dot} Graphviz is write only). Writing is atomic and keeps the
 * previous file as {@code NAME.bak} ({@link AtomicFileWrite}). The window and the CLI use a
 * {@link ModelFormats} that knows STIX too.
 */
public final class TreeFiles {

    private static final ModelFormats BUILT_IN = ModelFormats.builtIn();

    private TreeFiles() {
    }

    /** Reads a model; warnings (e.g. from an ADTool import) come with it. */
    public static ReadResult read(Path file) throws IOException, ModelFormatException {
        return BUILT_IN.read(file).result();
    }

    /**
     * Writes a model atomically in the format of the file's extension.
     *
     * @throws IllegalArgumentException when the extension is not .json, .xml or .dot
     */
    public static void write(AttackTree tree, Path file) throws IOException {
        BUILT_IN.write(tree, file);
    }

    /** The bytes {@link #write} would store, by the file's extension. */
    public static byte[] serialize(AttackTree tree, Path file) {
        return BUILT_IN.serialize(tree, file);
    }

    /** Whether the file's extension names a format {@link #write} knows. */
    public static boolean writable(Path file) {
        return BUILT_IN.writable(file);
    }

    /** Why a file of that name cannot be written, for a user who picked the wrong extension. */
    public static String unwritable(Path file) {
        return BUILT_IN.unwritable(file);
    }
}
