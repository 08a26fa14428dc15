package io.stormcenter.workbench.stix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a bundle did that the specification does not allow or the workbench could not use, grouped
 * so that a bundle with two hundred non-UUID ids says so in one line with a few examples.
 */
final class Oddities {

    private static final int EXAMPLES = 3;

    private final Map<String, Set<String>> byKind = new LinkedHashMap<>();

    /** Notes one odd thing of a kind ("ids that are not type--UUID"), with the example that shows it. */
    void add(String kind, String example) {
        byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(example);
    }

    /** One line per kind: the kind, how many, and the first examples. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        byKind.forEach((kind, examples) -> {
            List<String> first = examples.stream().limit(EXAMPLES).toList();
            String more = examples.size() > EXAMPLES ? ", ... (" + examples.size() + " in all)" : "";
            out.add(kind + ": " + String.join(", ", first) + more);
        });
        return out;
    }
}
