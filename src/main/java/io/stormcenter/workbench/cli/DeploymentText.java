package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.cluster.ConnectionReport;
import io.stormcenter.workbench.cluster.DeployPreview;
import io.stormcenter.workbench.cluster.DeploymentStatus;
import io.stormcenter.workbench.cluster.PlannedAction;
import io.stormcenter.workbench.cluster.PlannedChange;
import io.stormcenter.workbench.cluster.SensorInventory;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How deploy, status and teardown print what they found: short lines a person reads top to bottom. */
final class DeploymentText {

    private DeploymentText() {
    }

    static void connection(PrintWriter out, ConnectionReport report) {
        report.lines().forEach(out::println);
    }

    static void preview(PrintWriter out, DeployPreview preview) {
        out.println("Plan for namespace " + preview.namespace() + " (deployment " + preview.deploymentId() + "):");
        Map<String, List<PlannedChange>> skipped = new LinkedHashMap<>();
        boolean waitsForNamespace = false;
        for (PlannedChange change : preview.changes()) {
            if (change.action() == PlannedAction.SKIP) {
                skipped.computeIfAbsent(change.object().kind() + ": " + change.note(), k -> new ArrayList<>()).add(change);
                continue;
            }
            String note = change.note() == null ? "" : change.note();
            if (note.startsWith(DeployPreview.AFTER_NAMESPACE)) {
                waitsForNamespace = true;
                note = "";
            }
            out.println(String.format("  %-9s %s%s", change.action().word(), change.object(),
                    note.isEmpty() ? "" : "  - " + note));
        }
        skipped.forEach((reason, changes) -> out.println(String.format("  %-9s %d %s objects - %s", "skip",
                changes.size(), changes.get(0).object().kind(), reason.substring(reason.indexOf(": ") + 2))));
        if (waitsForNamespace) {
            out.println("  (objects in the new namespace are dry-run on the server once it exists, before any of "
                    + "them is applied)");
        }
        out.println("  " + preview.summary() + (preview.dryRunOnServer() ? " (server-side dry run)" : ""));
        sensors(out, preview.sensors());
        for (String warning : preview.warnings()) {
            if (!warning.contains(" skipped: ")) {
                out.println("Note: " + warning);
            }
        }
    }

    static void sensors(PrintWriter out, SensorInventory sensors) {
        out.println("Sensors: " + sensors.summary());
    }

    static void status(PrintWriter out, DeploymentStatus status) {
        status.lines().forEach(out::println);
    }
}
