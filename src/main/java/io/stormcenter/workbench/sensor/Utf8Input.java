package io.stormcenter.workbench.sensor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text as the UTF-8 bytes Jackson's byte parser reads, when the parser would see exactly the text's
 * characters in them. Java writes a lone surrogate as {@code '?'}; Jackson drops a byte order mark and takes
 * bytes with a zero among the first four for UTF-16 or UTF-32. Checking costs a copy into the thread's
 * array and one comparison of whole arrays for a text of ASCII characters, the usual sensor line,
 * instead of decoding the bytes again.
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
        // One byte per character means every character is ASCII or a lone surrogate written as '?'.
        if (utf8.length == text.length()) {
            return utf8.length > LowBytes.LARGEST ? text.equals(new String(utf8, StandardCharsets.ISO_8859_1))
                    : LowBytes.MINE.get().asciiOnly(text, utf8);
        }
        return !hasLoneSurrogate(text);
    }

    /**
     * A thread's array for the low bytes of a line's characters: comparing them with the line's UTF-8
     * tells whether it is ASCII without a new string of it per line (a kilobyte for a Tetragon event).
     */
    private static final class LowBytes {
        static final int LARGEST = 1 << 16;
        static final ThreadLocal<LowBytes> MINE = ThreadLocal.withInitial(LowBytes::new);

        private byte[] low = new byte[4096];

        /**
         * Whether the text, whose UTF-8 has one byte per character, is ASCII: its characters' low bytes
         * equal its UTF-8 exactly when each is ASCII or a lone surrogate written as '?' whose low byte is
         * '?' too (U+D83F, U+D93F, ... U+DF3F), which a text of Latin-1 characters cannot hold.
         */
        @SuppressWarnings("deprecation") // the low byte of each character is exactly what is compared
        boolean asciiOnly(String text, byte[] utf8) {
            int length = utf8.length;
            if (low.length < length) {
                low = new byte[Math.max(length, 2 * low.length)];
            }
            text.getBytes(0, length, low, 0);
            if (!Arrays.equals(low, 0, length, utf8, 0, length)) {
                return false;
            }
            for (char surrogate = '\uD83F'; surrogate <= '\uDF3F'; surrogate += 0x100) {
                if (text.indexOf(surrogate) >= 0) {
                    return false;
                }
            }
            return true;
        }
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
