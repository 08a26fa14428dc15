package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One kind of file a tree is read from or written to. A format knows its content when it sees it
 * ({@link #recognises}) and names the extension a file written in it gets ({@link #extension}).
 * {@link ModelFormats} holds the formats the workbench knows; packages above {@code format} (STIX)
 * add theirs.
 */
public interface ModelFormat {

    /** The format's name for people, e.g. "KSC Workbench" or "STIX 2.1". */
    String label();

    /** The extension of a file written in this format, with its dot, e.g. {@code .stix.json}. */
    String extension();

    /** Whether the content is in this format (by what it says, not by the file's name). */
    boolean recognises(FileSignature signature);

    /** Whether trees can be read from this format (DOT is export only). */
    boolean readable();

    /**
     * Whether a tree read in this format may be saved back over its file with nothing lost; only
     * the native file is. Anything else opens as an import: saving asks for a new name.
     */
    boolean lossless();

    /**
     * Reads a tree.
     *
     * @param source what to call the content in messages (a file name)
     */
    ReadResult read(byte[] content, String source) throws ModelFormatException;

    /** The tree in this format; throws IllegalArgumentException for a tree it cannot hold. */
    byte[] write(AttackTree tree);

    /** Whether the file's name ends in this format's extension (ignoring case). */
    default boolean namedIn(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension());
    }
}
