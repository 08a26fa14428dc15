package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.telemetry.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Benign activity learned in a window after the deploy (KSC's "signal minus baseline"): the
 * workload's own processes (container, binary, arguments) and the API requests it makes
 * (identity, verb, resource). Activity that matches is suppressed afterwards, and counted.
 *
 * @param learned    when the learning ran, or null for no baseline
 * @param activities the activity keys seen, sorted
 */
public record Baseline(TimeWindow learned, Set<String> activities) {

    public static final Baseline NONE = new Baseline(null, Set.of());
    public static final Duration DEFAULT_LEARNING = Duration.ofMinutes(15);

    public Baseline {
        activities = Set.copyOf(activities);
    }

    /**
     * Learns from the observations that happened in {@code window} (others are ignored); identities
     * the rules exclude teach nothing, they never count anyway.
     */
    public static Baseline learn(Iterable<Observation> observations, TimeWindow window, SessionRules rules) {
        AuditEventReader reader = new AuditEventReader();
        Set<String> keys = new TreeSet<>();
        SessionRules plain = rules.withBaseline(NONE);
        for (Observation observation : observations) {
            if (!window.contains(observation.eventTime())) {
                continue;
            }
            ObservationFacts facts = ObservationFacts.of(observation, plain, reader, true);
            if (!facts.platform() && facts.activity() != null) {
                keys.add(facts.activity());
            }
        }
        return new Baseline(window, keys);
    }

    /** The learning window that starts at a deploy and lasts {@code length}. */
    public static TimeWindow windowAfter(Instant deployedAt, Duration length) {
        return new TimeWindow(deployedAt, deployedAt.plus(length));
    }

    public boolean suppresses(String activity) {
        return activity != null && activities.contains(activity);
    }

    public boolean isEmpty() {
        return activities.isEmpty();
    }
}
