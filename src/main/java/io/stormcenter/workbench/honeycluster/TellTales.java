package io.stormcenter.workbench.honeycluster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words that give a honeycluster away to whoever reads it (DESIGN.md, Trip-wires): nothing an
 * attacker can read with the bait's rights may contain them, in any case. The compiler warns
 * about a model's own names that do, and generated values (names, fake credentials) never do.
 */
public final class TellTales {

    /** Lower case; matched as substrings, so "Honeypot" and "KSC-demo" are caught too. */
    public static final List<String> WORDS = List.of("ksc", "stormcenter", "storm center", "storm-center", "workbench",
            "honey", "canary", "decoy", "trip-wire", "tripwire", "trap", "bait");

    private TellTales() {
    }

    /** The first tell-tale word in the text, if any. */
    public static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(lower::contains).findFirst();
    }

    public static boolean clean(String text) {
        return in(text).isEmpty();
    }
}
