package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes a tree in the format its file name says: {@code .json} native,
 * {@code .xml} ADTool 2, {@code .dot} Graphviz (write only). Writing is atomic and keeps the
 * previous file as {@code NAME.bak} ({@link AtomicFileWrite}).
 * (API fixed by the scaffold; the format work implements it.)
 */
public final class TreeFiles {

    private TreeFiles() {
    }

    /** Reads a model; warnings (e.g. from an ADTool import) come with it. */
    public static ReadResult read(Path file) throws IOException, ModelFormatException {
        String source = file.toString();
        return switch (extension(file)) {
            case "json" -> NativeFormat.fromBytes(Files.readAllBytes(file), source);
            case "xml" -> AdToolFormat.fromBytes(Files.readAllBytes(file), source);
            case "dot" -> throw new ModelFormatException(source, "Graphviz DOT is export-only: it has no room for"
                    + " roles, estimates or trip-wires; open the model's .json (or an ADTool .xml) instead");
            default -> throw new ModelFormatException(source, "unknown kind of model file; expected .json"
                    + " (KSC Workbench) or .xml (ADTool 2)");
        };
    }

    /**
     * Writes a model atomically in the format of the file's extension.
     *
     * @throws IllegalArgumentException when the extension is not .json, .xml or .dot
     */
    public static void write(AttackTree tree, Path file) throws IOException {
        AtomicFileWrite.replace(file, serialize(tree, file));
    }

    /** The bytes {@link #write} would store, by the file's extension. */
    public static byte[] serialize(AttackTree tree, Path file) {
        return switch (extension(file)) {
            case "json" -> NativeFormat.toBytes(tree);
            case "xml" -> AdToolFormat.toBytes(tree);
            case "dot" -> DotFormat.toDot(tree).getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(unwritable(file));
        };
    }

    /** Whether the file's extension names a format {@link #write} knows. */
    public static boolean writable(Path file) {
        return switch (extension(file)) {
            case "json", "xml", "dot" -> true;
            default -> false;
        };
    }

    /** Why a file of that name cannot be written, for a user who picked the wrong extension. */
    public static String unwritable(Path file) {
        return "cannot tell the format of '" + file.getFileName()
                + "': use .json (KSC Workbench), .xml (ADTool 2) or .dot (Graphviz)";
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
