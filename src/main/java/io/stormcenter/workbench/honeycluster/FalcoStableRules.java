package io.stormcenter.workbench.honeycluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The upstream Falco rules a default install fires: the enabled rules of the stable ruleset
 * ({@code falco_rules.yaml}). Incubating and sandbox rules are not loaded unless the operator adds
 * them, and a rule with {@code enabled: false} never fires until enabled, so a trip-wire that
 * names one of those is blind; the compiler says so.
 */
final class FalcoStableRules {

    private static final String RESOURCE = "falco-stable-rules.txt";

    private final Set<String> names;

    private FalcoStableRules(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static FalcoStableRules load() {
        try (InputStream in = FalcoStableRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new FalcoStableRules(reader.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean loadedByDefault(String rule) {
        return names.contains(rule);
    }

    Set<String> names() {
        return names;
    }
}
