package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.TripwireKind;
import java.util.List;

/** The plan README's section on the sensors' settings: what to run, and which trip-wires stay blind without it. */
final class SensorReadme {

    private SensorReadme() {
    }

    static String section(HoneyclusterPlan plan) {
        List<HelmRelease> releases = SensorSettings.releases(plan);
        if (releases.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("## Sensor settings\n\n");
        out.append("The plan works only with these sensor settings (deploy offers to run the commands when `helm` is on\n")
                .append("the PATH; else run them from this folder):\n\n");
        for (HelmRelease release : releases) {
            out.append("- `").append(release.command()).append("`\n");
        }
        out.append('\n');
        if (releases.contains(HelmRelease.FALCO)) {
            out.append("Without `").append(SensorSettings.FALCO_VALUES).append("` these stay blind (no JSON alerts, no")
                    .append(" `k8s.ns.name`, the plan's rules not loaded): ")
                    .append(ids(plan, TripwireKind.FALCO, false)).append(".\n");
        }
        if (releases.contains(HelmRelease.TETRAGON)) {
            String host = ids(plan, TripwireKind.TETRAGON, true);
            out.append("Tetragon's chart streams its events through the export-stdout container by default (`")
                    .append(SensorSettings.TETRAGON_VALUES).append("` keeps it on: with export off every Tetragon")
                    .append(" trip-wire is blind). ").append(host.equals("none")
                            ? "No trip-wire watches host processes, so the default `exportDenyList` is kept.\n"
                            : "Its default `exportDenyList` drops host events, so without the plan's deny list these"
                            + " cluster-wide trip-wires stay blind: " + host + ".\n");
        }
        return out.append('\n').toString();
    }

    private static String ids(HoneyclusterPlan plan, TripwireKind kind, boolean hostOnly) {
        List<String> ids = plan.index().entries().stream().filter(e -> e.kind() == kind)
                .filter(e -> !hostOnly || e.matcher() instanceof TetragonMatcher m && m.hostToo())
                .map(e -> "`" + e.tripwireId() + "`").toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
