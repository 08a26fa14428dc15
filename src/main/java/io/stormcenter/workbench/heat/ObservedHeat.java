package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ObservationStore;
import io.stormcenter.workbench.telemetry.SensorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sessions and heat of one window, computed from the store: what {@code heat}, {@code sessions},
 * the window's overlay, the report and STIX sightings all read.
 */
public record ObservedHeat(Heat heat, List<Session> sessions) {

    public ObservedHeat {
        sessions = List.copyOf(sessions);
    }

    /**
     * Reads the window's observations and correlates them as they stream in, in event time order;
     * the same store and window give the same result. Only the audit events' own JSON is read: it
     * is the one sensor whose JSON correlation looks into (verb, identity, token). Each event proves
     * the node that carries its trip-wire in this tree ({@link TripwireBinding}), as in the window.
     */
    public static ObservedHeat compute(ObservationStore store, AttackTree tree, SessionRules rules, TimeWindow window) {
        ObservationQuery query = ObservationQuery.all();
        if (window.from() != null) {
            query = query.since(window.from());
        }
        if (window.to() != null) {
            query = query.until(window.to());
        }
        SessionTracker tracker = new SessionTracker(tree, rules);
        TripwireBinding binding = TripwireBinding.of(tree);
        store.scan(query, Set.of(SensorKind.AUDIT), observation -> {
            if (window.contains(observation.eventTime())) {
                tracker.add(binding.rebind(observation));
            }
        });
        return new ObservedHeat(tracker.heat(window), tracker.sessions());
    }

    /** Correlates observations (any order) of a window. */
    public static ObservedHeat of(AttackTree tree, SessionRules rules, TimeWindow window,
                                  List<Observation> observations) {
        List<Observation> inWindow = new ArrayList<>(observations.size());
        TripwireBinding binding = TripwireBinding.of(tree);
        for (Observation observation : observations) {
            if (window.contains(observation.eventTime())) {
                inWindow.add(binding.rebind(observation));
            }
        }
        SessionTracker tracker = SessionTracker.of(tree, rules, inWindow);
        return new ObservedHeat(tracker.heat(window), tracker.sessions());
    }
}
