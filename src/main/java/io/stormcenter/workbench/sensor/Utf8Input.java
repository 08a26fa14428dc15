package io.stormcenter.workbench.sensor;

import java.nio.charset.StandardCharsets;

/**
 * A text as the UTF-8 bytes Jackson's byte parser reads, when the parser would see exactly the text's
 * characters in them. Java writes a lone surrogate as {@code '?'}; Jackson drops a byte order mark and takes
 * bytes with a zero among the first four for UTF-16 or UTF-32. Checking costs a copy and one comparison of
 * whole arrays for a text of ASCII characters, the usual sensor line, instead of decoding the bytes again.
 */
final class Utf8Input {

    private Utf8Input() {
    }

    /** The text's UTF-8, or null when the byte parser would not read the text's characters from it. */
    static byte[] of(String text) {
        return text.isEmpty() ? null : readable(text, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code bytes}, the text's {@code getBytes(UTF_8)}, or null when the byte parser would not read
     * the text's characters from them.
     */
    static byte[] readable(String text, byte[] bytes) {
        if (text.isEmpty() || text.charAt(0) == '\uFEFF') {
            return null;
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        return holdsExactly(text, bytes) ? bytes : null;
    }

    /** Whether {@code utf8}, the text's {@code getBytes(UTF_8)}, decodes to the text itself. */
    static boolean holdsExactly(String text, byte[] utf8) {
        // One byte per character means every character is ASCII or a lone surrogate written as '?', and then
        // the bytes read as Latin-1 equal the text exactly when there is no surrogate.
        if (utf8.length == text.length() && text.equals(new String(utf8, StandardCharsets.ISO_8859_1))) {
            return true;
        }
        return !hasLoneSurrogate(text);
    }

    /** Java's UTF-8 encoder writes every character exactly except a surrogate that is not half of a pair. */
    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
