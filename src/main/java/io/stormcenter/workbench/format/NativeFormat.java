package io.stormcenter.workbench.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.stormcenter.workbench.model.AttackTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The workbench's own file, {@code {"format": "ksc-attack-tree", "version": 2, ...}}: lossless
 * (every field of the model survives a save and a load) and diff-friendly (one canonical layout).
 * Other versions and other formats are refused with a message that says so.
 */
public final class NativeFormat {

    public static final String FORMAT = "ksc-attack-tree";
    /** The newest version this workbench reads and writes: 2 adds a defence's {@code "status"} (in place, proposed). */
    public static final int VERSION = 2;
    /** The first version; a tree that uses nothing newer is still written as version 1. */
    public static final int FIRST_VERSION = 1;

    // JsonFactory is thread-safe once configured; one per class is the documented use
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private NativeFormat() {
    }

    /** The tree as the native file's text (UTF-8 when saved), ending in a newline. */
    public static String toJson(AttackTree tree) {
        StringWriter out = new StringWriter(Math.max(256, tree.size() * 256));
        try {
            new NativeWriter(FACTORY).write(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The tree as the native file's UTF-8 bytes. */
    public static byte[] toBytes(AttackTree tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, tree.size() * 256));
        try {
            new NativeWriter(FACTORY).write(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * Reads a model from the native file's text.
     *
     * @param source what to call the text in messages (a file name)
     */
    public static ReadResult fromJson(String json, String source) throws ModelFormatException {
        refuseXml(firstNonBlank(json), source);
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser, source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Reads a model from the native file's UTF-8 bytes. */
    public static ReadResult fromBytes(byte[] json, String source) throws ModelFormatException {
        refuseXml(firstNonBlank(json), source);
        try (JsonParser parser = FACTORY.createParser(json)) {
            return read(parser, source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static ReadResult read(JsonParser parser, String source) throws IOException, ModelFormatException {
        try {
            return new NativeReader(parser, source).read();
        } catch (StreamReadException e) {
            var location = e.getLocation();
            int line = location == null ? -1 : location.getLineNr();
            int column = location == null ? -1 : location.getColumnNr();
            throw new ModelFormatException(source, line, column, "the file is not valid JSON: "
                    + firstSentence(e.getOriginalMessage()), e);
        }
    }

    /** An ADTool file saved under a .json name would otherwise get a puzzling "unexpected character '<'". */
    private static void refuseXml(char first, String source) throws ModelFormatException {
        if (first == '<') {
            throw new ModelFormatException(source, "this looks like XML, not a KSC Workbench model; an ADTool"
                    + " file opens from a name ending in .xml");
        }
    }

    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private static char firstNonBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0x80) == 0) {
                return (char) b;
            }
        }
        return ' ';
    }

    private static ModelFormatException unreadable(String source, IOException e) {
        return new ModelFormatException(source, -1, -1, "cannot read the model: " + e.getMessage(), e);
    }

    /** Jackson's messages add a hint after a newline (e.g. how to allow comments): keep the first line. */
    private static String firstSentence(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
