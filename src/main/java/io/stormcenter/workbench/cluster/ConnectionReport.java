package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.kube.KubeContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** What "Test connection" found, as lines: the server and user, then the access verdict or each missing right. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Context " + context.name() + ": server " + context.server() + ", Kubernetes " + version()
                + ", user " + context.user());
        if (missing().isEmpty() && missingOptional().isEmpty()) {
            lines.add("Access: the user may do everything the plan needs (" + access.size() + " checks)");
        }
        for (String line : describeMissing()) {
            lines.add("Access: " + line);
        }
        return lines;
    }

    /** The server's version, or a word that says it did not report one. */
    public String version() {
        return serverVersion == null || serverVersion.isBlank() ? "(version not reported)" : serverVersion;
    }

    /**
     * One line per resource with missing rights, its verbs together and what they are needed for:
     * "may not get, create, patch namespaces (cluster-wide) (needed for Namespace objects)".
     */
    public List<String> describeMissing() {
        Map<String, List<String>> verbs = new LinkedHashMap<>();
        List<AccessResult> denied = new ArrayList<>(missing());
        denied.addAll(missingOptional());
        for (AccessResult result : denied) {
            AccessRequirement requirement = result.requirement();
            String rest = requirement.describe().substring(requirement.verb().length())
                    + (requirement.optional() ? " (optional: " : " (needed for ") + requirement.neededFor() + ")";
            verbs.computeIfAbsent(rest, k -> new ArrayList<>()).add(requirement.verb());
        }
        List<String> lines = new ArrayList<>();
        verbs.forEach((rest, list) -> lines.add("may not " + String.join(", ", list) + rest));
        return lines;
    }
}
