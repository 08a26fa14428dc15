package io.stormcenter.workbench.model;

import java.text.Normalizer;
import java.util.Locale;

/** Turns labels into stable, file- and Kubernetes-friendly ids. */
public final class Ids {

    private Ids() {
    }

    /** Lower-case letters, digits and single dashes; never empty. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 48) {
            plain = plain.substring(0, 48).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "node" : plain;
    }
}
