package io.stormcenter.workbench.ui.benchmark;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.ui.LivePanel;
import io.stormcenter.workbench.ui.ScriptedDialogs;
import io.stormcenter.workbench.ui.WindowTab;
import io.stormcenter.workbench.ui.WorkbenchWindow;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.heat.HeatSnapshot;
import io.stormcenter.workbench.ui.live.LiveViewModel;
import io.stormcenter.workbench.ui.live.RunningCollection;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Event-to-repaint latency of live heat at 1,000 events a second while the user types, headless
 * (Monocle, software rendering). The window has the secret-theft sample open with the heat badges
 * shown and the heat panel in front; the Live panel's collection is a source thread that hands
 * audit events (200 attackers from their own addresses reading honeytokens, listing secrets,
 * reading config maps; a workload's benign reads between them) to the real ingestion over a real
 * SQLite store, ten per batch; the heat panel hears each committed batch as in the running window.
 * Meanwhile a typist types into the inspector's label field every 100 ms. An event's latency runs
 * from the moment its batch is handed to the ingestion to the end of the first pulse that lays
 * out heat including it (the canvas's picture is made in that layout; rendering the frame follows
 * on the render thread). Prints p50/p90/p99/max, the FX thread's CPU time as a share of wall time,
 * and how late the FX thread ran a task posted every 20 ms. Run:
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test;
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.stormcenter.workbench.ui.benchmark.HeatLiveLatency [RATE] [SECONDS]
 */
public final class HeatLiveLatency {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ATTACKERS = 200;

    private HeatLiveLatency() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1440x900-32");
        Path dir = Files.createTempDirectory("ksc-heat-live");
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), dir.resolve("secret-theft.json"));
        AttackTree tree = TreeFiles.read(model).tree();
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1));
        int count = rate * seconds;
        long[] sent = new long[count];
        long[] painted = new long[count];

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Source source = new Source(plan, dir, rate, count, sent);
        WorkbenchWindow window = OnFx.call(() -> {
            Stage stage = new Stage();
            WorkbenchWindow w = new WorkbenchWindow(stage, new WorkbenchHome(dir.resolve("home")), null,
                    s -> new ScriptedDialogs(), false, 1440, 900);
            stage.show();
            return w;
        });
        LiveViewModel live = OnFx.call(() -> LivePanel.install(window, source));
        OnFx.call(() -> {
            window.document().load(tree, model);
            window.editor().badgeDomainProperty().set(BadgeDomain.HEAT);
            window.selectTab(WindowTab.HEAT);
            window.editor().select(tree.rootId());
            window.selectRightTab("tab-inspector");
            return null;
        });
        TextField label = OnFx.call(() -> (TextField) window.scene().lookup("#field-label"));
        Thread.sleep(3000); // the first analysis and compile of the tree are not the stream

        // the pulse that lays out a snapshot's heat is its repaint: every event it covers is painted then
        int[] shown = {0};
        int[] done = {0};
        OnFx.call(() -> {
            window.heat().snapshotProperty().addListener((obs, old, snapshot) -> shown[0] = snapshot.seen());
            window.scene().addPostLayoutPulseListener(() -> {
                long now = System.nanoTime();
                for (int i = done[0]; i < Math.min(shown[0], count); i++) {
                    painted[i] = now;
                }
                done[0] = Math.max(done[0], Math.min(shown[0], count));
            });
            return null;
        });
        long fx = OnFx.call(() -> Thread.currentThread().getId());
        // how late the FX thread is when nothing streams: on a loaded machine this alone is tens of ms
        List<Long> idle = new ArrayList<>();
        probe(idle, 2);
        List<Long> lateness = new ArrayList<>();
        Thread typist = new Thread(() -> type(label, seconds), "typist");
        Thread probe = new Thread(() -> probe(lateness, seconds), "fx-probe");

        long cpu0 = THREADS.getThreadCpuTime(fx);
        long wall0 = System.nanoTime();
        OnFx.call(() -> {
            live.start(model, tree);
            return null;
        });
        typist.start();
        probe.start();
        source.finished.get(seconds + 120L, TimeUnit.SECONDS);
        long wall1 = System.nanoTime();
        long cpu1 = THREADS.getThreadCpuTime(fx);
        typist.join();
        probe.join();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (OnFx.call(() -> done[0]) < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        HeatSnapshot last = OnFx.call(() -> window.heat().snapshotProperty().get());
        OnFx.call(() -> {
            live.close();
            window.shutdown();
            return null;
        });

        long[] latency = new long[count];
        int measured = 0;
        for (int i = 0; i < count; i++) {
            if (painted[i] != 0 && sent[i] != 0) {
                latency[measured++] = painted[i] - sent[i];
            }
        }
        long[] sorted = Arrays.copyOf(latency, measured);
        Arrays.sort(sorted);
        long[] late = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] calm = idle.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%,d events at %,d/s asked, %,.0f/s delivered (the source waits for the "
                        + "store's commit) while typing: %,d painted; heat shows %,d observations, %,d sessions%n", count,
                rate, count / ((wall1 - wall0) / 1e9), measured, last.seen(), last.heat().sessions());
        System.out.printf(Locale.ROOT, "event-to-repaint latency: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 1.0));
        System.out.printf(Locale.ROOT, "FX thread CPU while streaming: %.1f %% of wall time (%.0f ms over %.1f s)%n",
                100.0 * (cpu1 - cpu0) / (wall1 - wall0), (cpu1 - cpu0) / 1e6, (wall1 - wall0) / 1e9);
        System.out.printf(Locale.ROOT, "FX thread answered a task posted every 20 ms after: p50 %.0f ms, p99 %.0f ms, "
                + "max %.0f ms (before streaming: p50 %.0f ms, p99 %.0f ms)%n", pct(late, 0.5), pct(late, 0.99),
                pct(late, 1.0), pct(calm, 0.5), pct(calm, 0.99));
        Platform.exit();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
    }

    /** A typist at 10 characters a second; the label starts over after 30. */
    private static void type(TextField label, int seconds) {
        String typed = "Exfiltrate secrets via sidecar";
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int at = 0;
        while (System.nanoTime() < end) {
            char next = typed.charAt(at);
            boolean restart = ++at == typed.length();
            at = restart ? 0 : at;
            Platform.runLater(() -> {
                label.insertText(label.getLength(), String.valueOf(next));
                if (restart) {
                    label.setText("Steal credentials");
                }
            });
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** How late the FX thread runs a task posted every 20 ms. */
    private static void probe(List<Long> lateness, int seconds) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            CompletableFuture<Long> ran = new CompletableFuture<>();
            Platform.runLater(() -> ran.complete(System.nanoTime() - posted));
            lateness.add(ran.join());
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** The Live panel's collection: paced audit events into a real ingestion and store, ten per batch. */
    private static final class Source implements RunningCollection.Starter {

        private final HoneyclusterPlan plan;
        private final Path dir;
        private final int rate;
        private final int count;
        private final long[] sent;
        final CompletableFuture<Void> finished = new CompletableFuture<>();

        Source(HoneyclusterPlan plan, Path dir, int rate, int count, long[] sent) {
            this.plan = plan;
            this.dir = dir;
            this.rate = rate;
            this.count = count;
            this.sent = sent;
        }

        @Override
        public RunningCollection start(io.stormcenter.workbench.ui.live.LiveRequest request,
                                       io.stormcenter.workbench.telemetry.ObservationListener observations,
                                       java.util.function.Consumer<SourceStatus> statuses) {
            JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(dir.resolve("live.db")));
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC(), observations);
            Thread thread = new Thread(() -> {
                long start = System.nanoTime();
                for (int from = 0; from < count; from += 10) {
                    List<RawEvent> batch = new ArrayList<>(10);
                    for (int i = from; i < Math.min(count, from + 10); i++) {
                        batch.add(new RawEvent(SensorKind.AUDIT, audit(i), "event " + i));
                    }
                    long now = System.nanoTime();
                    Arrays.fill(sent, from, Math.min(count, from + 10), now);
                    ingestion.ingest(new EventBatch("bench", batch, List.of()));
                    long wait = start + (long) ((from + 10) * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                finished.complete(null);
            }, "bench-source");
            thread.setDaemon(true);
            thread.start();
            return new RunningCollection() {
                @Override
                public String description() {
                    return "benchmark source";
                }

                @Override
                public List<SourceStatus> initialStatuses() {
                    return List.of(SourceStatus.connecting("bench audit", ""));
                }

                @Override
                public IngestionTotals.Snapshot totals() {
                    return ingestion.totals();
                }

                @Override
                public StoreLocation store() {
                    return store.location();
                }

                @Override
                public void stop() {
                    finished.join();
                    store.close();
                }
            };
        }

        /**
         * Attacker {@code n % 200} from its own address: reads the AWS honeytoken, lists secrets or reads a config
         * map; every fourth event is the workload reading its own secret from the pod network.
         */
        private String audit(int n) {
            String namespace = plan.namespace();
            int attacker = n % ATTACKERS;
            boolean benign = n % 4 == 3;
            String user = benign ? "system:serviceaccount:" + namespace + ":orders" : "intruder-" + attacker;
            String ip = benign ? "10.244.0.5" : "203.0." + (113 + attacker / 250) + "." + (1 + attacker % 250);
            String verb;
            String resource;
            String name;
            switch (benign ? 3 : (n / ATTACKERS) % 3) {
                case 0 -> { verb = "get"; resource = "secrets"; name = "aws-prod-deployer"; }
                case 1 -> { verb = "list"; resource = "secrets"; name = null; }
                case 2 -> { verb = "get"; resource = "configmaps"; name = "app-settings"; }
                default -> { verb = "get"; resource = "secrets"; name = "orders-tls"; }
            }
            String time = Instant.parse("2026-11-20T09:00:00Z").plusMillis(n).toString();
            String uri = "/api/v1/namespaces/" + namespace + "/" + resource + (name == null ? "" : "/" + name);
            return ("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"b-%d\","
                    + "\"stage\":\"ResponseComplete\",\"verb\":\"%s\",\"requestURI\":\"%s\",\"user\":{\"username\":\"%s\","
                    + "\"groups\":[\"system:authenticated\"]},\"sourceIPs\":[\"%s\"],\"userAgent\":\"kubectl/v1.30.2\","
                    + "\"objectRef\":{\"resource\":\"%s\",\"namespace\":\"%s\"%s,\"apiVersion\":\"v1\"},"
                    + "\"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"%s\",\"stageTimestamp\":\"%s\"}")
                    .formatted(n, verb, uri, user, ip, resource, namespace,
                            name == null ? "" : ",\"name\":\"" + name + "\"", time, time);
        }
    }
}
