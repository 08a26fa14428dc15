package io.stormcenter.workbench.stix;

import io.stormcenter.workbench.analysis.EvidenceSet;
import java.util.List;

/**
 * Someone else's sightings, read against this workbench's tree: evidence under its own origin
 * ({@code "stix: SENDER"}), never mixed with what one's own sensors saw.
 *
 * @param sessions  how many of their sessions reached anything in this tree
 * @param sightings how many sightings named a node of this tree (the rest are in the oddities)
 */
public record SharedSightings(String origin, EvidenceSet evidence, int sessions, int sightings,
                              List<String> oddities) {

    public SharedSightings {
        oddities = List.copyOf(oddities);
    }
}
