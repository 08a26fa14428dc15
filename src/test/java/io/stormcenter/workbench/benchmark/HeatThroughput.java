package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.Heat;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.SessionTracker;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.telemetry.Actor;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.TripwireMatch;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Heat over many observations, in memory (the store's read is TelemetryThroughput's business):
 * 1,000,000 runtime observations over 7 days on the KubeCon sample (one in ten fires a trip-wire,
 * 2,000 attackers' process trees), the 24 h window correlated from scratch, and the cost of one
 * incremental update. Run: java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * io.stormcenter.workbench.benchmark.HeatThroughput [N]
 */
public final class HeatThroughput {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** The first observation's time; the stream spans 7 days from here. */
    static final Instant START = Instant.parse("2024-03-20T00:00:00Z");

    private HeatThroughput() {
    }

    /**
     * {@code n} runtime observations over 7 days, deterministic: 2,000 attackers' process trees, one
     * observation in ten firing a leaf's trip-wire; each carries {@code raw} as its event's JSON.
     */
    static List<Observation> observations(AttackTree tree, int n, String raw) {
        // leaves that carry a trip-wire, so each firing names the trip-wire the tree binds to its leaf
        List<Node> leaves = tree.leaves().stream().filter(leaf -> !leaf.tripwires().isEmpty()).toList();
        Random random = new Random(7);
        long span = Duration.ofDays(7).toMillis();
        List<Observation> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant t = START.plusMillis((long) i * span / n);
            int attacker = random.nextInt(2000);
            boolean fires = random.nextInt(10) == 0;
            Node leaf = leaves.get(random.nextInt(leaves.size()));
            Actor actor = new Actor(null, List.of(), null, List.of(), null, "worker-1", "inventory-live",
                    "pod-" + attacker, "containerd://" + attacker, "/bin/sh", "", "exec-" + i, "exec-a" + attacker, null);
            all.add(new Observation(t, t, SensorKind.TETRAGON, "bench", actor, null,
                    fires ? List.of(new TripwireMatch(leaf.tripwires().get(0).id(), leaf.id(), Outcome.COUNTED, null))
                            : List.of(),
                    runtimeKey(t, i), raw));
        }
        return all;
    }

    /**
     * A key in the shape the normaliser gives a runtime event ({@code sensor:time:digest}, the time
     * as 16 hex digits of nanoseconds): the store keeps such an event without a row when it matches
     * nothing, as it does a real stream's.
     */
    private static String runtimeKey(Instant time, int i) {
        long nanos = time.getEpochSecond() * 1_000_000_000L + time.getNano();
        return String.format(java.util.Locale.ROOT, "tetragon:%016x:%032x", nanos, i);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        AttackTree tree = TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
        List<Observation> all = observations(tree, n, "");
        Instant start = START;
        SessionRules rules = SessionRules.defaults(List.of());
        TimeWindow day = new TimeWindow(start.plus(Duration.ofDays(3)), start.plus(Duration.ofDays(4)));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            ObservedHeat heat = ObservedHeat.of(tree, rules, day, all);
            long c1 = CPU.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            // CPU time too: on a shared machine the wall clock says more about the neighbours
            System.out.printf("24 h window of %,d observations: %,d sessions, %.0f ms (%.0f ms CPU)%n", n,
                    heat.heat().sessions(), (t1 - t0) / 1e6, (c1 - c0) / 1e6);
        }
        SessionTracker tracker = new SessionTracker(tree, rules);
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        for (Observation observation : all) {
            tracker.add(observation);
        }
        long c1 = CPU.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        Heat heat = tracker.heat(TimeWindow.ALL);
        System.out.printf("incremental: %,d observations in %.0f ms, %.2f us per observation, %.2f us CPU (%d sessions)%n",
                n, (t1 - t0) / 1e6, (t1 - t0) / 1e3 / n, (c1 - c0) / 1e3 / n, heat.sessions());
    }
}
