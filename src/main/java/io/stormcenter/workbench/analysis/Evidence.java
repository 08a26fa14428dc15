package io.stormcenter.workbench.analysis;

import java.util.Objects;

/**
 * What attackers were seen to do at one node, from one origin: of {@code opportunities} sessions
 * that reached anything under the node's parent, {@code reached} reached the node (DESIGN.md,
 * "Calibration": k of n). The origin keeps one's own honeyclusters apart from others' shared
 * sightings: both count, each is shown under its own name.
 *
 * @param origin who saw it: {@link #OWN} for this workbench's sensors, else a name such as
 *               {@code "stix: KSC community"}
 */
public record Evidence(String nodeId, String origin, int reached, int opportunities) {

    /** The origin of what this workbench's own sensors saw. */
    public static final String OWN = "own sensors";

    public Evidence {
        Objects.requireNonNull(nodeId, "nodeId");
        origin = origin == null || origin.isBlank() ? OWN : origin;
        if (reached < 0 || opportunities < reached) {
            throw new IllegalArgumentException("evidence for '" + nodeId + "' must have 0 <= k <= n, got k="
                    + reached + " n=" + opportunities);
        }
    }

    public boolean isOwn() {
        return OWN.equals(origin);
    }
}
