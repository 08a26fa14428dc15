package io.stormcenter.workbench.benchmark;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Heat of a 24 h window read from a SQLite store of 1,000,000 observations (7 days of runtime
 * events, each with a Tetragon kprobe's JSON of the real size): the store's read and the
 * correlation together, as {@code ksc heat --window} and the heat panel do it. The store is
 * built once under target/ and reused. SQLite runs in the calling thread, so its thread CPU time
 * includes the store's work. Run: mvn -B -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt; java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * io.stormcenter.workbench.benchmark.HeatStoreThroughput [N] [STORE]
 */
public final class HeatStoreThroughput {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** A kprobe event as Tetragon exports it, about 1 KiB: what a runtime row carries besides its columns. */
    private static final String KPROBE = """
            {"process_kprobe":{"process":{"exec_id":"d29ya2VyLTE6MTIzNDU2Nzg5MDoxMjM0","pid":4123,"uid":0,\
            "cwd":"/root","binary":"/bin/cat","arguments":"/var/run/secrets/kubernetes.io/serviceaccount/token",\
            "flags":"execve clone","start_time":"2024-03-20T09:14:03.123456789Z","auid":4294967295,\
            "pod":{"namespace":"inventory-live","name":"inventory-api-7c9d8b6f5-x2k4p","container":{\
            "id":"containerd://8f2c1e0b7a6d5c4b3a29181716151413121110f0e0d0c0b0a09080706050403","name":"api",\
            "image":{"id":"docker.io/library/inventory-api@sha256:0a1b2c3d4e5f","name":"inventory-api:2.4.1"},\
            "start_time":"2024-03-20T08:00:00Z","pid":12},"pod_labels":{"app":"inventory-api"},\
            "workload":"inventory-api"},"docker":"8f2c1e0b7a6d5c4b3a2918171615141","parent_exec_id":\
            "d29ya2VyLTE6MTIzNDU2MDAwMDoxMjAw","refcnt":1,"tid":4123},"parent":{"exec_id":\
            "d29ya2VyLTE6MTIzNDU2MDAwMDoxMjAw","pid":4100,"binary":"/bin/sh"},"function_name":"security_file_open",\
            "args":[{"file_arg":{"path":"/var/run/secrets/kubernetes.io/serviceaccount/token","permission":\
            "-rw-r--r--"}},{"int_arg":4}],"action":"KPROBE_ACTION_POST","policy_name":"runtime-file-access-3fa2c1",\
            "return_action":"KPROBE_ACTION_POST"},"node_name":"worker-1","time":"2024-03-20T09:14:03.123456789Z"}""";

    private HeatStoreThroughput() {
    }

    private static double median(double[] rounds) {
        double[] measured = java.util.Arrays.copyOfRange(rounds, 1, rounds.length);
        java.util.Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Path.of("target/heat-bench/observations-" + n + ".db");
        AttackTree tree = TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(file))) {
            long stored = store.count(ObservationQuery.all());
            if (stored != n) {
                System.out.printf("filling %s with %,d observations (%,d there)%n", file, n, stored);
                List<Observation> all = HeatThroughput.observations(tree, n, KPROBE);
                for (int from = 0; from < n; from += 20_000) {
                    store.add(all.subList(from, Math.min(n, from + 20_000)));
                }
            }
            System.out.printf("store: %,d observations, %,d MiB%n", store.count(ObservationQuery.all()),
                    Files.size(file) >> 20);
            SessionRules rules = SessionRules.defaults(List.of());
            TimeWindow day = new TimeWindow(HeatThroughput.START.plus(Duration.ofDays(3)),
                    HeatThroughput.START.plus(Duration.ofDays(4)));
            int rounds = 7;
            double[][] figures = new double[4][rounds];
            for (int round = 0; round < rounds; round++) {
                // the store's part alone: the window's rows read and made into observations, nothing kept
                long r0 = System.nanoTime();
                long rc0 = CPU.getCurrentThreadCpuTime();
                long[] rows = {0};
                store.scan(ObservationQuery.all().since(day.from()).until(day.to()), java.util.Set.of(
                        io.stormcenter.workbench.telemetry.SensorKind.AUDIT), o -> rows[0]++);
                figures[0][round] = (System.nanoTime() - r0) / 1e6;
                figures[1][round] = (CPU.getCurrentThreadCpuTime() - rc0) / 1e6;
                System.out.printf("  the store's read alone: %,d observations, %.0f ms wall, %.0f ms CPU%n", rows[0],
                        figures[0][round], figures[1][round]);
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                ObservedHeat heat = ObservedHeat.compute(store, tree, rules, day);
                figures[2][round] = (System.nanoTime() - t0) / 1e6;
                figures[3][round] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                System.out.printf("24 h window read from the store and correlated: %,d sessions, %,d edges, "
                        + "%.0f ms wall, %.0f ms CPU%n", heat.heat().sessions(), heat.heat().edges().size(),
                        figures[2][round], figures[3][round]);
                if (heat.heat().edges().isEmpty()) {
                    throw new IllegalStateException("the benchmark's observations made no heat: it would time nothing");
                }
            }
            // where the heat's time goes: the read into a list, the tracker's additions, the sessions' making
            java.util.List<Observation> window = new java.util.ArrayList<>();
            long s0 = CPU.getCurrentThreadCpuTime();
            store.scan(ObservationQuery.all().since(day.from()).until(day.to()), java.util.Set.of(
                    io.stormcenter.workbench.telemetry.SensorKind.AUDIT), window::add);
            long s1 = CPU.getCurrentThreadCpuTime();
            io.stormcenter.workbench.heat.SessionTracker tracker = new io.stormcenter.workbench.heat.SessionTracker(tree,
                    rules);
            window.forEach(tracker::add);
            long s2 = CPU.getCurrentThreadCpuTime();
            int sessions = tracker.sessions().size();
            long s3 = CPU.getCurrentThreadCpuTime();
            System.out.printf("split (thread CPU): read %.0f ms, sessions' correlation %.0f ms (%.2f us per observation), "
                    + "%,d sessions made %.0f ms%n", (s1 - s0) / 1e6, (s2 - s1) / 1e6, (s2 - s1) / 1e3 / window.size(),
                    sessions, (s3 - s2) / 1e6);
            // the first round warms the JIT up; the median of the others is the figure (a busy machine's outliers aside)
            System.out.printf("median of rounds 2-%d: store's read alone %.0f ms wall, %.0f ms CPU; heat of the 24 h "
                    + "window %.0f ms wall, %.0f ms CPU (load average %.1f)%n", rounds, median(figures[0]),
                    median(figures[1]), median(figures[2]), median(figures[3]),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
