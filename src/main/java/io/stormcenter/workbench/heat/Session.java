package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.telemetry.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One attacker's activity: observations joined by shared identity, token, process lineage,
 * container, pod or source IP within the inactivity gap, each join explained by a link, and how
 * the session went through the tree.
 *
 * @param id           stable for the same first observation ("S-" and a digest of its dedup key)
 * @param observations in event time order
 * @param links        how the observations came together, in the order they joined
 */
public record Session(String id, Instant firstSeen, Instant lastSeen, List<Observation> observations,
                     List<SessionLink> links, Traversal traversal) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        observations = List.copyOf(observations);
        links = List.copyOf(links);
        traversal = traversal == null ? Traversal.NONE : traversal;
    }

    /** The nodes reached, in the order reached. */
    public List<ReachedNode> reached() {
        return traversal.reached();
    }

    public List<String> reachedIds() {
        return traversal.reached().stream().map(ReachedNode::nodeId).toList();
    }
}
