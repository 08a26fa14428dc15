package io.stormcenter.workbench.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns labels into stable, file- and Kubernetes-friendly ids. */
public final class Ids {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private Ids() {
    }

    /** Lower-case letters, digits and single dashes; never empty. */
    public static String slug(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String plain = EDGE_DASHES.matcher(NON_ALNUM.matcher(lower).replaceAll("-")).replaceAll("");
        if (plain.length() > 48) {
            plain = TRAILING_DASHES.matcher(plain.substring(0, 48)).replaceAll("");
        }
        return plain.isEmpty() ? "node" : plain;
    }
}
