package io.stormcenter.workbench.sensor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Cuts a character stream into the JSON values it holds, lazily, without parsing them: one
 * object, objects one per line (JSON lines), pretty-printed objects one after another, or the
 * elements of one top-level array. Each frame keeps the line and column where it starts.
 *
 * <p>Why not a streaming parser alone: after a syntax error a parser cannot go on, but a log
 * with one broken line must still give every other line. Framing by brackets (outside strings)
 * finds where each value ends, so a broken value costs only itself. A value that never closes
 * ends where the next line starts with a {@code '{'} in its first column, which is where the
 * next record of a JSON-lines file or of concatenated pretty-printed objects begins.
 */
final class JsonFrames {

    /** One top-level value's text; {@code unclosed} when the input ended or moved on before it closed. */
    record Frame(String text, long line, long column, long number, boolean unclosed) {
    }

    private static final int EOF = -1;

    private final Reader in;
    /** Read in chunks: a Reader's read() of one char decodes, and locks, per char. */
    private final char[] chunk = new char[1 << 12];
    private int chunkLength;
    private int chunkNext;
    private long line = 1;
    private long column = 0;
    private long count;
    private boolean inArray;
    private int pushedBack = -2;
    private boolean atLineStart = true;
    private boolean lastAtLineStart;

    JsonFrames(Reader in) {
        this.in = in;
    }

    /** The next frame, or null at the end of the input. */
    Frame next() {
        while (true) {
            int c = read();
            if (c == EOF) {
                return null;
            }
            if (Character.isWhitespace(c) || (inArray && c == ',')) {
                continue;
            }
            if (c == '[' && !inArray && count == 0) {
                inArray = true;
                continue;
            }
            if (c == ']' && inArray) {
                inArray = false;
                continue;
            }
            return frame(c);
        }
    }

    private Frame frame(int first) {
        long startLine = line;
        long startColumn = column;
        long number = ++count;
        StringBuilder text = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean nested = first == '{' || first == '[';
        int c = first;
        while (true) {
            if (c == EOF) {
                return new Frame(text.toString(), startLine, startColumn, number, nested && depth > 0);
            }
            if (!nested && !inString && (c == '\n' || (inArray && (c == ',' || c == ']')))) {
                pushBack(c);
                return new Frame(text.toString(), startLine, startColumn, number, false);
            }
            if (nested && !inString && depth > 0 && c == '{' && lastAtLineStart && text.length() > 0) {
                // A record that never closed: the next one starts here.
                pushBack(c);
                return new Frame(text.toString(), startLine, startColumn, number, true);
            }
            text.append((char) c);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (nested && depth == 0) {
                    return new Frame(text.toString(), startLine, startColumn, number, false);
                }
            }
            c = read();
        }
    }

    private int nextChar() throws IOException {
        if (chunkNext == chunkLength) {
            int read = in.read(chunk, 0, chunk.length);
            if (read <= 0) {
                return EOF;
            }
            chunkLength = read;
            chunkNext = 0;
        }
        return chunk[chunkNext++];
    }

    private void pushBack(int c) {
        pushedBack = c;
    }

    private int read() {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            c = nextChar();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastAtLineStart = atLineStart;
        if (c == '\n') {
            line++;
            column = 0;
            atLineStart = true;
        } else if (c != EOF) {
            column++;
            atLineStart = false;
        }
        return c;
    }
}
