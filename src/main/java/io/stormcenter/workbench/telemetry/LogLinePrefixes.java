package io.stormcenter.workbench.telemetry;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Cuts the prefix a container log puts before each line's JSON: the CRI format
 * ({@code 2024-05-30T15:39:47.1234Z stdout F {...}}) and {@code kubectl logs --timestamps}
 * ({@code 2024-05-30T15:39:47.1234Z {...}}). Only a line that starts with a digit and holds a
 * {@code '{'} is cut, up to that brace; JSON itself never starts a line with a digit.
 */
final class LogLinePrefixes extends FilterReader {

    private boolean atLineStart = true;
    private boolean skipping;

    LogLinePrefixes(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int out = offset;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (atLineStart) {
                    atLineStart = false;
                    skipping = c >= '0' && c <= '9';
                }
                if (skipping) {
                    if (c == '{') {
                        skipping = false;
                    } else if (c == '\n') {
                        // a prefixed line without JSON: dropped whole, its line break kept for the line count
                        skipping = false;
                    } else {
                        continue;
                    }
                }
                buffer[out++] = c;
                if (c == '\n') {
                    atLineStart = true;
                }
            }
            if (out > offset) {
                return out - offset;
            }
        }
    }
}
