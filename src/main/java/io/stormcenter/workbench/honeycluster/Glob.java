package io.stormcenter.workbench.honeycluster;

/** Shell-style name patterns: {@code *} any run of characters, {@code ?} one character; everything else literal. */
final class Glob {

    private Glob() {
    }

    static boolean matches(String pattern, String text) {
        if (pattern == null) {
            return true;
        }
        if (text == null) {
            return false;
        }
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
