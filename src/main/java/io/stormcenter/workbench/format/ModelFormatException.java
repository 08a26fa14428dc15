package io.stormcenter.workbench.format;

/**
 * A model file that cannot be read: says which file, where (line and column when known) and
 * what is wrong, in words a modeller understands.
 */
public class ModelFormatException extends Exception {

    private final String source;
    private final int line;
    private final int column;

    public ModelFormatException(String source, int line, int column, String message, Throwable cause) {
        super(describe(source, line, column, message), cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public ModelFormatException(String source, String message) {
        this(source, -1, -1, message, null);
    }

    private static String describe(String source, int line, int column, String message) {
        StringBuilder text = new StringBuilder(source == null ? "model" : source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(message).toString();
    }

    /** The file or stream the problem is in. */
    public String source() {
        return source;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}
