package io.stormcenter.workbench.ui.live;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.ObservationListener;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A collection for the Live panel's tests that needs no cluster: a source thread hands audit events
 * of the secret-theft sample (honeytoken reads by an attacker, by the kubelet, and unrelated reads)
 * to a real ingestion over a real SQLite store, at a given rate for a given count, ten per batch.
 */
public final class PacedCollection implements RunningCollection {

    static final HoneyclusterPlan PLAN = plan();

    private final JdbcObservationStore store;
    private final Ingestion ingestion;
    private final Consumer<SourceStatus> statuses;
    private final Thread source;
    private volatile boolean stopped;

    private PacedCollection(Path folder, ObservationListener listener, Consumer<SourceStatus> statuses, int perSecond,
                            int count, boolean malformedOne) {
        this.store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("live.observations.db")));
        this.ingestion = new Ingestion(store, PLAN.index(), Clock.systemUTC(), listener);
        this.statuses = statuses;
        this.source = new Thread(() -> run(perSecond, count, malformedOne), "paced-source");
        this.source.setDaemon(true);
    }

    /** A starter whose collections send {@code count} events at {@code perSecond}. */
    public static Starter starter(Path folder, int perSecond, int count, boolean malformedOne) {
        return (request, listener, statuses) -> {
            PacedCollection collection = new PacedCollection(folder, listener, statuses, perSecond, count,
                    malformedOne);
            collection.source.start();
            return collection;
        };
    }

    private void run(int perSecond, int count, boolean malformedOne) {
        SourceStatus status = SourceStatus.connecting("paced audit", "");
        statuses.accept(status = status.with(SourceStatus.State.RUNNING, "test source"));
        long start = System.nanoTime();
        for (int sent = 0; sent < count && !stopped; sent += 10) {
            List<RawEvent> batch = new ArrayList<>();
            for (int i = sent; i < Math.min(count, sent + 10); i++) {
                batch.add(new RawEvent(SensorKind.AUDIT, audit(i), "event " + i));
            }
            List<RejectedEvent> broken = malformedOne && sent == 0
                    ? List.of(new RejectedEvent("paced line 3", "not JSON")) : List.of();
            var result = ingestion.ingest(new EventBatch("paced", batch, broken));
            statuses.accept(status = status.delivered(result.read(), result.malformed().size(), Instant.now()));
            long due = start + (long) ((sent + 10) * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0 && !stopped) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
        }
    }

    /** Every fifth event reads the honeytoken as an attacker, every fifth as the kubelet; the rest read other secrets. */
    static String audit(int n) {
        String namespace = PLAN.namespace();
        String honeytoken = honeytoken();
        String user = n % 5 == 1 ? "system:node:worker-1" : "mallory";
        String secret = n % 5 <= 1 ? honeytoken : "payments-db-" + n;
        String time = Instant.parse("2026-11-20T09:00:00Z").plusMillis(n).toString();
        return ("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"a-%d\","
                + "\"stage\":\"ResponseComplete\",\"verb\":\"get\",\"requestURI\":\"/api/v1/namespaces/%s/secrets/%s\","
                + "\"user\":{\"username\":\"%s\",\"groups\":[\"system:authenticated\"]},\"sourceIPs\":[\"203.0.113.50\"],"
                + "\"userAgent\":\"kubectl/v1.30.2\",\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"%s\","
                + "\"name\":\"%s\",\"apiVersion\":\"v1\"},\"responseStatus\":{\"code\":200},"
                + "\"requestReceivedTimestamp\":\"%s\",\"stageTimestamp\":\"%s\"}")
                .formatted(n, namespace, secret, user, namespace, secret, time, time);
    }

    static TripwireEntry honeytokenEntry() {
        return PLAN.index().entries().stream().filter(e -> e.kind() == TripwireKind.HONEYTOKEN).findFirst()
                .orElseThrow();
    }

    private static String honeytoken() {
        return honeytokenEntry().objects().stream().filter(o -> o.startsWith("Secret/")).findFirst().orElseThrow()
                .substring("Secret/".length());
    }

    private static HoneyclusterPlan plan() {
        try {
            return new HoneyclusterCompiler().compile(TreeFiles.read(Path.of("sample-models/secret-theft.json")).tree(),
                    CompileOptions.seeded(1));
        } catch (Exception e) {
            throw new IllegalStateException("the secret-theft sample compiles", e);
        }
    }

    /** Waits until the source has sent everything. */
    void awaitSent() throws InterruptedException {
        source.join(60_000);
    }

    @Override
    public String description() {
        return "Matching against the secret-theft plan; storing in a test file";
    }

    @Override
    public List<SourceStatus> initialStatuses() {
        return List.of(SourceStatus.connecting("paced audit", ""));
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
        stopped = true;
        try {
            source.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
