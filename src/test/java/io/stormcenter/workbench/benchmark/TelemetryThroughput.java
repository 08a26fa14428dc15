package io.stormcenter.workbench.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.sensor.TetragonEvent;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationListener;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ObservationStore;
import io.stormcenter.workbench.telemetry.cluster.RelevantEvents;
import io.stormcenter.workbench.telemetry.BearerToken;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.EventReceiver;
import io.stormcenter.workbench.telemetry.FileReplay;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.OneBatchAhead;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.ReceiverKeys;
import io.stormcenter.workbench.telemetry.ReplaySpeed;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Sustained ingestion throughput, for the telemetry issue's note. Every figure is given as CPU time
 * per event (ThreadMXBean: what the machine's other load does not inflate much; for the sustained
 * figures, of every thread but the JIT's, the store's sync thread too) and as wall-clock events/s
 * (what a quiet machine sustains):
 * <ol>
 *   <li>Jackson alone reading the Tetragon JSON lines into trees (the yardstick);</li>
 *   <li>each stage alone on one thread: the Tetragon reader, the plan's matching, the store's
 *       commits of ready observations;</li>
 *   <li>the whole ingestion (parse, match, normalise, store in a SQLite file) on one stream, and
 *       on {@link #STREAMS} streams at once, as the cluster source runs one log stream per node
 *       (the store's group commit lets one stream parse while another's batch is written), each
 *       stream handing its batches over one ahead as a log follower or a file replay does
 *       ({@link OneBatchAhead}: it reads the next while the store syncs the last);</li>
 *   <li>the cluster source's path: lines the plan cannot need are passed over before parsing,
 *       and only the honey namespace's events and the plan's are stored, in batches of at most what
 *       the log follower hands over at once;</li>
 *   <li>the same lines replayed from a {@code .jsonl} file at max speed;</li>
 *   <li>audit {@code EventList}s of 400 events (the webhook's default batch) posted over HTTPS to the
 *       receiver by 4 senders.</li>
 * </ol>
 * The sustained figures are given for whole rounds (until the last thread is done) and while every thread
 * ran (until the first is done): threads given the same number of lines do not end together, and while
 * the last finishes alone a core idles, which a source with lines still coming would not leave it.
 * Run (after {@code mvn -o -q test-compile}): {@code mvn -o -q dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * io.stormcenter.workbench.benchmark.TelemetryThroughput [EVENTS [ROUNDS]] [--tetragon-only]}: the sustained
 * figures are the median of ROUNDS (default 5) alternating rounds, since on this kind of machine one
 * round of the same work varies by a factor of two.
 */
public final class TelemetryThroughput {

    private static final int BATCH = 2000;
    /** What the cluster source's log follower hands the ingestion at most at once (its BATCH). */
    private static final int FOLLOWER_BATCH = 500;
    /** Tetragon runs one pod per node; the sample deployments have two to four nodes. */
    private static final int STREAMS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TelemetryThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean tetragonOnly = List.of(args).contains("--tetragon-only");
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(
                TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree(), CompileOptions.seeded(1));
        List<String> policies = plan.objects().stream().filter(o -> "TracingPolicy".equals(o.getKind()))
                .map(o -> o.getMetadata().getName()).toList();
        List<String> lines = tetragonLines(events, plan.namespace(), policies);
        Path folder = Files.createTempDirectory("ksc-telemetry-bench");
        System.out.printf(Locale.ROOT, "%,d Tetragon lines, %.0f bytes each on average; %d TracingPolicies in the plan; "
                        + "%d cores, load average %.1f at the start%n", events,
                lines.stream().mapToInt(String::length).average().orElse(0), policies.size(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());

        // The first round lets the JIT compile every stage (on a busy machine its threads lag far
        // behind); only the second round is reported.
        tetragonRounds(plan, lines.subList(0, Math.min(50_000, events)), folder.resolve("warm"), false, 1);
        tetragonRounds(plan, lines, folder.resolve("measured"), true, rounds);
        if (tetragonOnly) {
            return;
        }

        Path file = Files.write(folder.resolve("tetragon.jsonl"), lines);
        replay(plan, folder.resolve("replay.db"), file);
        auditThroughReceiver(plan, folder, 100, 400);
    }

    static void tetragonRounds(HoneyclusterPlan plan, List<String> lines, Path folder, boolean report, int rounds)
            throws Exception {
        Files.createDirectories(folder);
        Report out = report ? Report.PRINT : Report.QUIET;
        out.line("One thread, per stage, median of " + rounds + " rounds (CPU time per event of the working thread; "
                + "wall events/s):");
        Map<String, List<Figure>> stages = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            stages.computeIfAbsent("  Jackson alone (readTree)", k -> new ArrayList<>()).add(jacksonAlone(lines, 1));
            stages.computeIfAbsent("  Jackson's tokens alone (no tree)", k -> new ArrayList<>())
                    .add(jacksonTokens(lines));
            List<TetragonEvent> parsed = new ArrayList<>(lines.size());
            TetragonEventReader reader = new TetragonEventReader();
            stages.computeIfAbsent("  parse (TetragonEventReader)", k -> new ArrayList<>()).add(
                    measure(lines.size(), () -> lines.forEach(line -> parsed.add(reader.read(line)))));
            stages.computeIfAbsent("  match (the plan's TripwireIndex)", k -> new ArrayList<>()).add(
                    measure(lines.size(), () -> parsed.forEach(plan.index()::match)));
            List<Observation> rows = new ArrayList<>(lines.size());
            stages.computeIfAbsent("  parse+match+normalise, nothing stored", k -> new ArrayList<>())
                    .add(ingestInto(new Discarding(), plan, lines, rows::addAll));
            stages.computeIfAbsent("  store only (the same rows, ready)", k -> new ArrayList<>())
                    .add(storeOnly(folder.resolve("rows-" + round + ".db"), rows));
            stages.computeIfAbsent("  parse+match+normalise+store", k -> new ArrayList<>())
                    .add(ingest(plan, folder.resolve("one-" + round + ".db"), lines, 1));
            Files.deleteIfExists(folder.resolve("rows-" + round + ".db"));
            Files.deleteIfExists(folder.resolve("one-" + round + ".db"));
        }
        stages.forEach((stage, figures) -> out.figure(stage, byCpu(figures)));

        out.line("Sustained, " + rounds + " alternating rounds (wall events/s; CPU per event summed over the working "
                + "threads; median, and the range):");
        List<Figure> jackson = new ArrayList<>();
        List<Figure> streams = new ArrayList<>();
        List<Figure> cluster = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // alternating, so that a burst of the machine's other load slows both sides, not one
            jackson.add(jacksonAlone(lines, STREAMS));
            streams.add(ingest(plan, folder.resolve("streams-" + round + ".db"), lines, STREAMS));
            cluster.add(clusterPath(plan, folder.resolve("cluster-" + round + ".db"), lines, STREAMS,
                    round == 0 ? out : Report.QUIET));
            Files.deleteIfExists(folder.resolve("streams-" + round + ".db"));
        }
        compare(out, "Whole rounds (until the last thread is done)", jackson, streams, cluster);
        compare(out, "While every thread ran (until the first is done: the sustained rate)",
                whileAllRan(jackson), whileAllRan(streams), whileAllRan(cluster));
    }

    private static List<Figure> whileAllRan(List<Figure> rounds) {
        return rounds.stream().map(Figure::whileAllRan).toList();
    }

    /** The medians of the sustained rounds, and the ingestion's against Jackson's. */
    private static void compare(Report out, String what, List<Figure> jackson, List<Figure> streams,
                                List<Figure> cluster) {
        out.line(what + ":");
        Figure jacksonMedian = out.median("  Jackson alone, " + STREAMS + " threads", jackson);
        Figure streamsMedian = out.median("  ingestion, " + STREAMS + " streams, every line stored", streams);
        Figure clusterMedian = out.median("  cluster path, " + STREAMS + " streams, the plan's lines stored", cluster);
        out.line(String.format(Locale.ROOT, "  Every line stored: %,.0f events/s = %.0f%% of Jackson alone on as many "
                + "threads (%.0f%% by CPU per event)", streamsMedian.perSecond(), 100 * streamsMedian.perSecond()
                / jacksonMedian.perSecond(), 100 * jacksonMedian.cpuMicros() / streamsMedian.cpuMicros()));
        out.line(roundByRound("  Every line stored", streams, jackson));
        out.line(roundByRound("  Cluster path", cluster, jackson));
        out.line(String.format(Locale.ROOT, "  Cluster path: %,.0f events/s = %.0f%% of Jackson alone on as many "
                + "threads (%.0f%% by CPU per event)", clusterMedian.perSecond(), 100 * clusterMedian.perSecond()
                / jacksonMedian.perSecond(), 100 * jacksonMedian.cpuMicros() / clusterMedian.cpuMicros()));
    }

    /**
     * Each round's wall rate against the same round's Jackson (run right before or after it): on a
     * machine whose speed drifts, the ratio within a round is steadier than the ratio of medians.
     */
    static String roundByRound(String what, List<Figure> rounds, List<Figure> jackson) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds.size(); round++) {
            ratios.add(100 * rounds.get(round).perSecond() / jackson.get(round).perSecond());
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        return String.format(Locale.ROOT, "  %s, round by round: %s%% of that round's Jackson (median %.0f%%)", what,
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList(), sorted.get(sorted.size() / 2));
    }

    /** The round with the median CPU time per event. */
    static Figure byCpu(List<Figure> rounds) {
        List<Figure> sorted = rounds.stream().sorted(java.util.Comparator.comparingDouble(Figure::cpuMicros)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Jackson's tokenizer over each line, building nothing: the floor under any reader of these lines. */
    static Figure jacksonTokens(List<String> lines) throws Exception {
        return measure(lines.size(), () -> {
            for (String line : lines) {
                try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(line)) {
                    while (parser.nextToken() != null) {
                        // only the tokens
                    }
                }
            }
        });
    }

    /** Ingestion on this thread, in batches, into the given store. */
    static Figure ingestInto(ObservationStore store, HoneyclusterPlan plan, List<String> lines,
                             ObservationListener listener) throws Exception {
        Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC(), listener);
        return measure(lines.size(), () -> {
            for (int from = 0; from < lines.size(); from += BATCH) {
                List<RawEvent> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(lines.size(), from + BATCH); i++) {
                    batch.add(new RawEvent(SensorKind.TETRAGON, lines.get(i), "line " + (i + 1)));
                }
                ingestion.ingest(new EventBatch("bench", batch));
            }
        });
    }

    /** A store that keeps nothing: what ingestion costs before the store. */
    private static final class Discarding implements ObservationStore {
        @Override
        public AddResult add(List<Observation> observations) {
            return new AddResult(observations, 0);
        }

        @Override
        public List<Observation> find(ObservationQuery query) {
            return List.of();
        }

        @Override
        public void scan(ObservationQuery query, java.util.Set<SensorKind> rawOf,
                         java.util.function.Consumer<Observation> each) {
            // nothing kept
        }

        @Override
        public long count(ObservationQuery query) {
            return 0;
        }

        @Override
        public void close() {
            // nothing open
        }
    }

    /** Prints a round's figures, or keeps a warm-up round quiet. */
    enum Report {
        PRINT, QUIET;

        void line(String text) {
            if (this == PRINT) {
                System.out.println(text);
            }
        }

        void figure(String what, Figure figure) {
            if (this == PRINT) {
                figure.print(what);
            }
        }

        /** Prints the round with the median wall rate, and the slowest and fastest rates; returns the median. */
        Figure median(String what, List<Figure> rounds) {
            List<Figure> byRate = rounds.stream().sorted(java.util.Comparator.comparingDouble(Figure::perSecond)).toList();
            Figure median = byRate.get(byRate.size() / 2);
            figure(what, median);
            line(String.format(Locale.ROOT, "%-58s range %,.0f to %,.0f events/s", "", byRate.get(0).perSecond(),
                    byRate.get(byRate.size() - 1).perSecond()));
            return median;
        }
    }

    /**
     * Events, the wall time they took, and the CPU time of the threads that did the work.
     *
     * @param whileAllRan for a run on several threads, its part until the first thread ran out of work;
     *                    else null
     */
    record Figure(int events, long wallNanos, long cpuNanos, Figure whileAllRan) {

        Figure(int events, long wallNanos, long cpuNanos) {
            this(events, wallNanos, cpuNanos, null);
        }

        double perSecond() {
            return events / (wallNanos / 1e9);
        }

        double cpuMicros() {
            return cpuNanos / 1e3 / events;
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "%-58s %6.2f us CPU/event (%,9.0f per CPU-second)  wall %,9.0f events/s%n",
                    what, cpuMicros(), events / (cpuNanos / 1e9), perSecond());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static Figure measure(int events, Work work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        return new Figure(events, System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpu);
    }

    /** A worker's count of the lines it is done with, for the figure while every worker still runs. */
    interface Progress {
        void done(int lines);
    }

    /**
     * Runs {@code work} on {@code threads} threads over slices of {@code lines}, summing their CPU times.
     * The figure is the whole run's; its {@link Figure#whileAllRan} is the run until the first worker
     * ran out of lines (the lines all workers were done with by then, and every thread's CPU time):
     * the sustained rate, with every stream busy. Streams of equal length do not end together (the
     * machine's other load, a commit or a sync falls more on one), and while the last one finishes
     * alone a core idles, which no stream with lines still coming would leave it.
     */
    static Figure parallel(List<String> lines, int threads, java.util.function.BiConsumer<List<String>, Progress> work)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int slice = (lines.size() + threads - 1) / threads;
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(threads);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicLongArray done = new java.util.concurrent.atomic.AtomicLongArray(threads);
            java.util.concurrent.atomic.AtomicReference<Figure> firstOut = new java.util.concurrent.atomic.AtomicReference<>();
            long[] start = new long[1];
            Map<Long, Long> before = new java.util.concurrent.ConcurrentHashMap<>();
            List<Future<?>> finished = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                List<String> mine = lines.subList(Math.min(lines.size(), t * slice),
                        Math.min(lines.size(), (t + 1) * slice));
                finished.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    work.accept(mine, count -> done.addAndGet(worker, count));
                    long wall = System.nanoTime() - start[0];
                    if (firstOut.get() == null) {
                        long all = 0;
                        for (int w = 0; w < threads; w++) {
                            all += done.get(w);
                        }
                        firstOut.compareAndSet(null, new Figure((int) all, wall, cpuSince(before)));
                    }
                    return null;
                }));
            }
            ready.await();
            before.putAll(cpuByThread());
            start[0] = System.nanoTime();
            go.countDown();
            for (Future<?> f : finished) {
                f.get();
            }
            long wall = System.nanoTime() - start[0];
            return new Figure(lines.size(), wall, cpuSince(before), firstOut.get());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * CPU time of every thread of the JVM but the JIT's: the workers and any thread a stage hands
     * work to (the store's sync thread), for the yardstick and the ingestion alike.
     */
    static Map<Long, Long> cpuByThread() {
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && !info.getThreadName().contains("CompilerThread")) {
                long time = THREADS.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    cpu.put(info.getThreadId(), time);
                }
            }
        }
        return cpu;
    }

    /** CPU time spent since {@code before} by the threads alive now. */
    static long cpuSince(Map<Long, Long> before) {
        long total = 0;
        for (Map.Entry<Long, Long> now : cpuByThread().entrySet()) {
            total += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return total;
    }

    static Figure jacksonAlone(List<String> lines, int threads) throws Exception {
        return parallel(lines, threads, (slice, progress) -> {
            long sum = 0;
            for (String line : slice) {
                try {
                    sum += JSON.readTree(line).size();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                progress.done(1);
            }
            if (sum == 0) {
                throw new IllegalStateException("nothing parsed");
            }
        });
    }

    static Figure ingest(HoneyclusterPlan plan, Path db, List<String> lines, int streams) throws Exception {
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(db))) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());
            Figure figure = parallel(lines, streams, (slice, progress) -> {
                // as a file replay or a log stream hands its batches over: each commits while the next is read
                OneBatchAhead ahead = new OneBatchAhead(ingestion);
                for (int from = 0; from < slice.size(); from += BATCH) {
                    List<RawEvent> batch = new ArrayList<>(BATCH);
                    for (int i = from; i < Math.min(slice.size(), from + BATCH); i++) {
                        batch.add(new RawEvent(SensorKind.TETRAGON, slice.get(i), "line " + (i + 1)));
                    }
                    ahead.hand(new EventBatch("bench", batch), result -> { });
                    // read, matched, laid out and committed (its sync is awaited at the next hand-over)
                    progress.done(batch.size());
                }
                ahead.finish();
            });
            long stored = store.count(ObservationQuery.all());
            if (stored != lines.size()) {
                throw new IllegalStateException("stored " + stored + " of " + lines.size());
            }
            return figure;
        }
    }

    /** What the cluster source does with a node's Tetragon log: pass over, parse, keep the plan's, ingest. */
    static Figure clusterPath(HoneyclusterPlan plan, Path db, List<String> lines, int streams, Report out)
            throws Exception {
        RelevantEvents relevant = new RelevantEvents(plan.namespace(), plan.index());
        TetragonEventReader reader = new TetragonEventReader();
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(db))) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());
            Figure figure = parallel(lines, streams, (slice, progress) -> {
                OneBatchAhead ahead = new OneBatchAhead(ingestion);
                List<RawEvent> batch = new ArrayList<>(FOLLOWER_BATCH);
                int linesInBatch = 0;
                for (int i = 0; i < slice.size(); i++) {
                    String line = slice.get(i);
                    linesInBatch++;
                    if (relevant.mayMatter(line)) {
                        TetragonEvent event = reader.read(line);
                        if (relevant.keep(event)) {
                            batch.add(RawEvent.parsed(event, line, "line " + (i + 1)));
                        }
                    }
                    if (batch.size() == FOLLOWER_BATCH || i == slice.size() - 1) {
                        ahead.hand(new EventBatch("bench", batch), result -> { });
                        batch = new ArrayList<>(FOLLOWER_BATCH);
                        progress.done(linesInBatch);
                        linesInBatch = 0;
                    }
                }
                ahead.finish();
            });
            out.line(String.format(Locale.ROOT, "  (the cluster path kept %,d of %,d lines: the honey namespace's and "
                    + "the plan's policies')", store.count(ObservationQuery.all()), lines.size()));
            return figure;
        }
    }

    static Figure storeOnly(Path db, List<Observation> rows) throws Exception {
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(db))) {
            return measure(rows.size(), () -> {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    store.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
                }
            });
        }
    }

    static List<String> tetragonLines(int count, String namespace, List<String> policies) {
        List<String> lines = new ArrayList<>(count);
        Instant t0 = Instant.parse("2026-11-20T09:18:01.000000001Z");
        String[] paths = {"/etc/passwd", "/run/secrets/kubernetes.io/serviceaccount/..2026_11_20_08_00_00.1/token",
                "/var/log/pods/x/0.log", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/proc/self/environ"};
        for (int i = 0; i < count; i++) {
            String policy = policies.isEmpty() || i % 10 != 0 ? "other-team-policy" : policies.get(i % policies.size());
            String path = paths[i % paths.length];
            String pod = i % 3 == 0 ? namespace : "payments";
            lines.add(("{\"process_kprobe\":{\"process\":{\"exec_id\":\"d29ya2VyLTE6MTIzNDU2Nzg5OjQ0%08d\",\"pid\":%d,"
                    + "\"uid\":0,\"cwd\":\"/root\",\"binary\":\"/usr/bin/cat\",\"arguments\":\"%s\",\"flags\":\"execve clone\","
                    + "\"start_time\":\"2026-11-20T09:18:00.000000001Z\",\"auid\":4294967295,\"pod\":{\"namespace\":\"%s\","
                    + "\"name\":\"orders-api-7f9c\",\"container\":{\"id\":\"containerd://3ad1c9f0b2e4\",\"name\":\"app\","
                    + "\"image\":{\"id\":\"docker.io/library/app@sha256:00aa\",\"name\":\"docker.io/library/app:1\"},"
                    + "\"start_time\":\"2026-11-20T08:00:00Z\",\"pid\":31},\"pod_labels\":{\"app.kubernetes.io/name\":"
                    + "\"orders-api\"},\"workload\":\"orders-api\",\"workload_kind\":\"Deployment\"},\"docker\":\"3ad1c9f0b2e4\","
                    + "\"parent_exec_id\":\"d29ya2VyLTE6MTIzNDU2MDAwOjQ0MDA=\",\"refcnt\":1},\"parent\":{\"exec_id\":"
                    + "\"d29ya2VyLTE6MTIzNDU2MDAwOjQ0MDA=\",\"pid\":4400,\"binary\":\"/usr/bin/bash\"},\"function_name\":"
                    + "\"security_file_permission\",\"args\":[{\"file_arg\":{\"path\":\"%s\",\"permission\":\"-rw-r--r--\"}},"
                    + "{\"int_arg\":4}],\"return\":{\"int_arg\":0},\"action\":\"KPROBE_ACTION_POST\",\"policy_name\":\"%s\","
                    + "\"return_action\":\"KPROBE_ACTION_POST\"},\"node_name\":\"worker-%d\",\"time\":\"%s\"}")
                    .formatted(i, 1000 + i % 30000, path, pod, path, policy, i % 5, t0.plusNanos(1000L * i)));
        }
        return lines;
    }

    static void replay(HoneyclusterPlan plan, Path db, Path file) throws Exception {
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(db))) {
            long start = System.nanoTime();
            BatchResult result = new FileReplay(new Ingestion(store, plan.index(), Clock.systemUTC()), ReplaySpeed.MAX)
                    .replay(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "File replay (.jsonl, max speed): %,d events in %.2f s = %,.0f events/s%n",
                    result.read(), seconds, result.read() / seconds);
        }
    }

    static void auditThroughReceiver(HoneyclusterPlan plan, Path folder, int posts, int perPost) throws Exception {
        ReceiverKeys keys = ReceiverKeys.loadOrCreate(folder.resolve("receiver.p12"), List.of("127.0.0.1"),
                new SecureRandom());
        BearerToken token = BearerToken.of("bench-token");
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("audit.db")));
             EventReceiver receiver = new EventReceiver(new InetSocketAddress("127.0.0.1", 0), keys, token)) {
            receiver.start(new Ingestion(store, plan.index(), Clock.systemUTC()));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(trusting(keys.certificatePem())).build();
            List<String> bodies = new ArrayList<>();
            for (int p = 0; p < posts; p++) {
                StringBuilder items = new StringBuilder();
                for (int e = 0; e < perPost; e++) {
                    items.append(e == 0 ? "" : ",").append(("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\","
                            + "\"level\":\"Metadata\",\"auditID\":\"p%d-e%d\",\"stage\":\"ResponseComplete\",\"verb\":\"get\","
                            + "\"requestURI\":\"/api/v1/namespaces/%s/secrets/x\",\"user\":{\"username\":\"mallory\","
                            + "\"groups\":[\"system:authenticated\"]},\"sourceIPs\":[\"203.0.113.50\"],\"userAgent\":\"kubectl/v1.30.2\","
                            + "\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"%s\",\"name\":\"x\",\"apiVersion\":\"v1\"},"
                            + "\"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"2026-11-20T09:14:03.118204Z\","
                            + "\"stageTimestamp\":\"2026-11-20T09:14:03.121977Z\"}").formatted(p, e, plan.namespace(),
                            plan.namespace()));
                }
                bodies.add("{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"metadata\":{},\"items\":["
                        + items + "]}");
            }
            URI uri = URI.create("https://127.0.0.1:" + receiver.address().getPort() + "/v1/audit");
            ExecutorService senders = Executors.newFixedThreadPool(4);
            long start = System.nanoTime();
            List<Future<Integer>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(senders.submit(() -> client.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer bench-token").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                if (answer.get() != 200) {
                    throw new IllegalStateException("the receiver answered " + answer.get());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            senders.shutdown();
            System.out.printf(Locale.ROOT, "Audit EventLists through the receiver (HTTPS, %d posts of %d, 4 senders): "
                    + "%,.0f events/s, %.1f posts/s%n", posts, perPost, posts * perPost / seconds, posts / seconds);
        }
    }

    private static SSLContext trusting(String pem) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("receiver", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
