package io.stormcenter.workbench.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Counts since an ingestion started, for the one-line status of {@code collect} and the Live panel. */
public final class IngestionTotals {

    private final Map<SensorKind, Long> perSource = new EnumMap<>(SensorKind.class);
    private final Map<Outcome, Long> perOutcome = new EnumMap<>(Outcome.class);
    private long read;
    private long stored;
    private long known;
    private long matched;
    private long rejected;
    private final Instant started;

    IngestionTotals(Instant started) {
        this.started = started;
    }

    /**
     * A batch's observations counted per source and per outcome as they are made; counted apart and
     * unboxed, then added under the lock once: a batch is thousands of events, the totals are shared.
     */
    static final class Tally {
        private final long[] sources = new long[SensorKind.values().length];
        private final long[] outcomes = new long[Outcome.values().length];
        private int matched;

        void add(Observation observation) {
            count(observation, 1);
        }

        void remove(Observation observation) {
            count(observation, -1);
        }

        private void count(Observation observation, int step) {
            sources[observation.source().ordinal()] += step;
            Outcome outcome = observation.outcome();
            outcomes[outcome.ordinal()] += step;
            if (outcome.fired()) {
                matched += step;
            }
        }

        int matched() {
            return matched;
        }
    }

    void record(Tally tally, BatchResult result) {
        add(tally.sources, tally.outcomes, result);
    }

    private synchronized void add(long[] sources, long[] outcomes, BatchResult result) {
        for (SensorKind source : SensorKind.values()) {
            if (sources[source.ordinal()] > 0) {
                perSource.merge(source, sources[source.ordinal()], Long::sum);
            }
        }
        for (Outcome outcome : Outcome.values()) {
            if (outcomes[outcome.ordinal()] > 0) {
                perOutcome.merge(outcome, outcomes[outcome.ordinal()], Long::sum);
            }
        }
        read += result.read();
        stored += result.stored();
        known += result.known();
        matched += result.matched();
        rejected += result.malformed().size();
    }

    synchronized Snapshot snapshot(Instant now) {
        return new Snapshot(now, Duration.between(started, now), read, stored, known, matched, rejected,
                Collections.unmodifiableMap(new EnumMap<>(perSource)),
                Collections.unmodifiableMap(new EnumMap<>(perOutcome)));
    }

    /**
     * The totals at one moment.
     *
     * @param perSource  events read (and parsed) per sensor
     * @param rejected   malformed events skipped
     * @param perOutcome events read (and parsed) per outcome: counted, denied, excluded, unmatched
     */
    public record Snapshot(Instant at, Duration running, long read, long stored, long known, long matched,
                           long rejected, Map<SensorKind, Long> perSource, Map<Outcome, Long> perOutcome) {

        /** Events per second between an earlier snapshot and this one. */
        public double rateSince(Snapshot earlier) {
            double seconds = Duration.between(earlier.at, at).toNanos() / 1e9;
            return seconds <= 0 ? 0 : (read - earlier.read) / seconds;
        }
    }
}
