package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.TripwireMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which node each trip-wire proves in the tree as it is now. A stored observation names the node
 * its trip-wire was bound to when it was matched; after the user reattaches the trip-wire to another
 * step the same event proves that step, and after the trip-wire is taken out of the tree it proves
 * none (the event stays stored and listed, it just heats nothing). The deployed matcher is the
 * same either way: the trip-wire's id is what ties the event to the tree.
 */
public final class TripwireBinding {

    private final Map<String, String> nodeOf = new HashMap<>();

    private TripwireBinding(AttackTree tree) {
        for (Node node : tree.nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                nodeOf.putIfAbsent(tripwire.id(), node.id());
            }
        }
    }

    public static TripwireBinding of(AttackTree tree) {
        return new TripwireBinding(tree);
    }

    /** The observation with each match naming the node the tree binds its trip-wire to; itself when none moved. */
    public Observation rebind(Observation observation) {
        List<TripwireMatch> matches = observation.matches();
        List<TripwireMatch> moved = null;
        for (int i = 0; i < matches.size(); i++) {
            TripwireMatch match = matches.get(i);
            String node = nodeOf.get(match.tripwireId());
            if (!Objects.equals(node, match.nodeId())) {
                if (moved == null) {
                    moved = new ArrayList<>(matches);
                }
                moved.set(i, new TripwireMatch(match.tripwireId(), node, match.outcome(), match.reason()));
            }
        }
        if (moved == null) {
            return observation;
        }
        return new Observation(observation.eventTime(), observation.receivedTime(), observation.source(),
                observation.origin(), observation.actor(), observation.object(), moved, observation.dedupKey(),
                observation.raw());
    }

    /** Every observation rebound, in the same order. */
    public List<Observation> rebind(List<Observation> observations) {
        List<Observation> out = new ArrayList<>(observations.size());
        for (Observation observation : observations) {
            out.add(rebind(observation));
        }
        return out;
    }
}
