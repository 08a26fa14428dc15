package io.stormcenter.workbench.cluster;

import java.util.ArrayList;
import java.util.List;

/** "Test connection": the server's version and, for each right the plan needs, whether the user has it. */
public record ConnectionReport(KubeContext context, String serverVersion, List<AccessResult> access) {

    public ConnectionReport {
        access = List.copyOf(access);
    }

    /** Required rights the server denied: deploying would fail. */
    public List<AccessResult> missing() {
        return access.stream().filter(a -> a.denied() && !a.requirement().optional()).toList();
    }

    public List<AccessResult> missingOptional() {
        return access.stream().filter(a -> a.denied() && a.requirement().optional()).toList();
    }

    public boolean sufficient() {
        return missing().isEmpty();
    }

    /** One line per missing right, what it is needed for: the text a person acts on. */
    public List<String> describeMissing() {
        List<String> lines = new ArrayList<>();
        for (AccessResult result : missing()) {
            lines.add("may not " + result.requirement().describe() + " (needed for " + result.requirement().neededFor() + ")");
        }
        for (AccessResult result : missingOptional()) {
            lines.add("may not " + result.requirement().describe() + " (optional: " + result.requirement().neededFor() + ")");
        }
        return lines;
    }
}
