package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.TripwireMatch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sessions and heat, kept up to date one observation at a time: a new observation joins the
 * sessions whose link values it shares within the gap (merging them when it shares values with
 * several), only the ancestors of the nodes it fired are evaluated again, and the heat counts
 * change by the difference of the sessions it touched. History is never recomputed, so feeding
 * the same observations in event time order always gives the same sessions as a fresh start.
 *
 * <p>Not thread-safe: one thread feeds it; readers take {@link #heat} or {@link #sessions}
 * snapshots, which are immutable values.
 */
public final class SessionTracker {

    private static final Comparator<Observation> IN_TIME = Comparator.comparing(Observation::eventTime)
            .thenComparing(Observation::dedupKey);

    private final TreeShape shape;
    private final SessionRules rules;
    private final AuditEventReader reader = new AuditEventReader();
    private final Map<LinkKey, Holder> holders = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<State> states = new java.util.LinkedHashSet<>();
    private final Map<String, Integer> nodeCounts = new HashMap<>();
    private int reachingSessions;
    private int suppressed;
    private int excluded;

    public SessionTracker(AttackTree tree, SessionRules rules) {
        this.shape = new TreeShape(tree);
        this.rules = rules;
    }

    /** Sessions and heat from a batch: sorted into event time order first, so the result is deterministic. */
    public static SessionTracker of(AttackTree tree, SessionRules rules, List<Observation> observations) {
        SessionTracker tracker = new SessionTracker(tree, rules);
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(IN_TIME);
        sorted.forEach(tracker::add);
        return tracker;
    }

    /**
     * Takes one observation in; a redelivery (same dedup key) is ignored.
     *
     * @return whether the heat or the sessions changed
     */
    public boolean add(Observation observation) {
        if (!seen.add(observation.dedupKey())) {
            return false;
        }
        ObservationFacts facts = ObservationFacts.of(observation, rules, reader, !rules.baseline().isEmpty());
        if (facts.platform()) {
            excluded++;
            return false;
        }
        if (rules.baseline().suppresses(facts.activity())) {
            suppressed++;
            return false;
        }
        Instant time = observation.eventTime();
        List<State> joined = new ArrayList<>(2);
        List<SessionLink> newLinks = new ArrayList<>(2);
        for (LinkKey key : facts.seeks()) {
            Holder holder = holders.get(key);
            if (holder == null || !withinGap(holder.time, time)) {
                continue;
            }
            State state = holder.state.root();
            if (!joined.contains(state)) {
                joined.add(state);
                newLinks.add(new SessionLink(key.kind(), key.value(), holder.dedupKey, observation.dedupKey(), time));
            }
        }
        // most observations join one session and fire nothing: its reached nodes, and so the counts, stay
        boolean mayChange = joined.size() > 1 || firesAny(observation);
        if (mayChange) {
            for (State state : joined) {
                uncount(state);
            }
        }
        State target = joined.isEmpty() ? newState() : joined.get(0);
        for (int i = 1; i < joined.size(); i++) {
            target = merge(target, joined.get(i));
        }
        target.links.addAll(newLinks);
        target.insert(observation);
        List<String> fired = target.fire(observation, shape);
        if (joined.size() > 1) {
            shape.propagate(target.firings, target.firings.keySet(), target.reached);
        } else if (!fired.isEmpty()) {
            shape.propagate(target.firings, fired, target.reached);
        }
        if (mayChange) {
            count(target);
        }
        for (LinkKey key : facts.holds()) {
            Holder holder = holders.get(key);
            if (holder == null || !holder.time.isAfter(time)) {
                holders.put(key, new Holder(time, observation.dedupKey(), target));
            }
        }
        return !fired.isEmpty() || joined.size() > 1 || !target.reached.isEmpty();
    }

    /** Whether the observation fired a trip-wire (only then can it change what its session reached). */
    private static boolean firesAny(Observation observation) {
        for (TripwireMatch match : observation.matches()) {
            if (match.outcome().fired()) {
                return true;
            }
        }
        return false;
    }

    /** {@code |later - earlier| <= gap}, without a Duration per comparison (three per observation). */
    private boolean withinGap(Instant earlier, Instant later) {
        long seconds = later.getEpochSecond() - earlier.getEpochSecond();
        long nanos = (long) later.getNano() - earlier.getNano();
        if (seconds < 0 || seconds == 0 && nanos < 0) {
            seconds = -seconds;
            nanos = -nanos;
        }
        if (nanos < 0) {
            seconds--;
            nanos += 1_000_000_000L;
        }
        Duration gap = rules.gap();
        return seconds < gap.getSeconds() || seconds == gap.getSeconds() && nanos <= gap.getNano();
    }

    private State newState() {
        State state = new State();
        states.add(state);
        return state;
    }

    /** Joins the smaller session into the larger; the larger keeps its identity in the list. */
    private State merge(State a, State b) {
        State big = a.observations.size() >= b.observations.size() ? a : b;
        State small = big == a ? b : a;
        small.parent = big;
        List<Observation> all = new ArrayList<>(big.observations.size() + small.observations.size());
        all.addAll(big.observations);
        all.addAll(small.observations);
        all.sort(IN_TIME);
        big.observations.clear();
        big.observations.addAll(all);
        big.links.addAll(small.links);
        big.links.sort(Comparator.comparing(SessionLink::at).thenComparing(SessionLink::to));
        small.firings.forEach((node, at) -> big.firings.merge(node, at, (x, y) -> x.isBefore(y) ? x : y));
        big.counted.addAll(small.counted);
        states.remove(small);
        return big;
    }

    private void uncount(State state) {
        if (state.reached.isEmpty()) {
            return;
        }
        reachingSessions--;
        for (String node : state.reached.keySet()) {
            nodeCounts.merge(node, -1, Integer::sum);
        }
    }

    private void count(State state) {
        if (state.reached.isEmpty()) {
            return;
        }
        reachingSessions++;
        for (String node : state.reached.keySet()) {
            nodeCounts.merge(node, 1, Integer::sum);
        }
    }

    /** The heat so far, labelled with the window the caller fed. */
    public Heat heat(TimeWindow window) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        List<HeatEdge> edges = new ArrayList<>();
        for (String id : shape.order()) {
            int n = nodeCounts.getOrDefault(id, 0);
            if (n > 0) {
                nodes.put(id, n);
            }
        }
        for (TreeEdge edge : shape.edges()) {
            int n = nodeCounts.getOrDefault(edge.child(), 0);
            if (n > 0) {
                edges.add(new HeatEdge(edge.parent(), edge.child(), n));
            }
        }
        return new Heat(window, reachingSessions, nodes, edges, suppressed, excluded);
    }

    /** The sessions that reached at least one node, by first seen. */
    public List<Session> sessions() {
        return sessions(false);
    }

    /**
     * The sessions, by first seen.
     *
     * @param includeUnreached also those whose observations fired no trip-wire (context only)
     */
    public List<Session> sessions(boolean includeUnreached) {
        List<Session> out = new ArrayList<>();
        for (State state : states) {
            if (!includeUnreached && state.reached.isEmpty()) {
                continue;
            }
            Set<String> deniedOnly = new HashSet<>(state.firings.keySet());
            deniedOnly.removeAll(state.counted);
            List<Observation> observations = state.observations;
            out.add(new Session(idOf(observations.get(0).dedupKey()), observations.get(0).eventTime(),
                    observations.get(observations.size() - 1).eventTime(), observations, state.links,
                    shape.traversal(state.reached, deniedOnly)));
        }
        out.sort(Comparator.comparing(Session::firstSeen).thenComparing(Session::id));
        return out;
    }

    public int suppressed() {
        return suppressed;
    }

    public int excluded() {
        return excluded;
    }

    static String idOf(String dedupKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
            return "S-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The latest observation that held a link value, and the session it went to. */
    private record Holder(Instant time, String dedupKey, State state) {
    }

    /** A session as it grows; {@code parent} points to the session it was merged into. */
    private static final class State {
        final List<Observation> observations = new ArrayList<>();
        final List<SessionLink> links = new ArrayList<>();
        final Map<String, Instant> firings = new HashMap<>();
        final Set<String> counted = new HashSet<>();
        final Map<String, Instant> reached = new HashMap<>();
        State parent;

        State root() {
            State at = this;
            while (at.parent != null) {
                at = at.parent;
            }
            // path compression: later lookups through this holder are one step
            State walk = this;
            while (walk.parent != null && walk.parent != at) {
                State next = walk.parent;
                walk.parent = at;
                walk = next;
            }
            return at;
        }

        void insert(Observation observation) {
            int at = observations.size();
            while (at > 0 && IN_TIME.compare(observations.get(at - 1), observation) > 0) {
                at--;
            }
            observations.add(at, observation);
        }

        /** Records the trip-wires the observation fired; returns the nodes whose first firing moved. */
        List<String> fire(Observation observation, TreeShape shape) {
            List<String> changed = new ArrayList<>(1);
            for (TripwireMatch match : observation.matches()) {
                if (!match.outcome().fired() || match.nodeId() == null || !shape.contains(match.nodeId())) {
                    continue;
                }
                Instant before = firings.get(match.nodeId());
                if (before == null || observation.eventTime().isBefore(before)) {
                    firings.put(match.nodeId(), observation.eventTime());
                    changed.add(match.nodeId());
                }
                if (match.outcome() == Outcome.COUNTED) {
                    counted.add(match.nodeId());
                }
            }
            return changed;
        }
    }
}
