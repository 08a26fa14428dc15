package io.stormcenter.workbench.telemetry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.sensor.TetragonEvent;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.EventSink;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming sensor container logs through the API server. The real API server of the integration
 * tests runs no kubelet, so it cannot serve a container's log: these tests use fabric8's mock server,
 * which answers the log requests (with {@code follow} and {@code timestamps}) the way the API server does.
 */
@EnableKubernetesMockClient
class PodLogSourceTest {

    private static final String POD = "tetragon-x7k2p";
    private static final String LOG = "/api/v1/namespaces/kube-system/pods/" + POD + "/log";

    KubernetesMockServer server;
    KubernetesClient client;

    private static HoneyclusterPlan plan;

    @BeforeAll
    static void compile() throws Exception {
        plan = new HoneyclusterCompiler().compile(
                TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree(), CompileOptions.seeded(42));
    }

    private String exec(int n, String namespace, String stamp) {
        return stamp + " {\"process_exec\":{\"process\":{\"exec_id\":\"d29ya2VyLTE6" + n + "\",\"pid\":" + (100 + n)
                + ",\"uid\":0,\"binary\":\"/bin/sh\",\"arguments\":\"-c id\",\"pod\":{\"namespace\":\"" + namespace
                + "\",\"name\":\"ssh-proxy\"}}},\"node_name\":\"worker-1\",\"time\":\"" + stamp + "\"}";
    }

    private void podList() {
        server.expect().get().withPath("/api/v1/pods?labelSelector=app.kubernetes.io%2Fname%3Dtetragon")
                .andReturn(200, new PodListBuilder().addToItems(new PodBuilder().withNewMetadata().withName(POD)
                        .withNamespace("kube-system").endMetadata().withNewStatus().withPhase("Running").endStatus()
                        .build()).build()).always();
        // fabric8 looks the pod up before it asks for its log
        server.expect().get().withPath("/api/v1/namespaces/kube-system/pods?fieldSelector=metadata.name%3D" + POD)
                .andReturn(200, new PodListBuilder().addToItems(new PodBuilder().withNewMetadata().withName(POD)
                        .withNamespace("kube-system").endMetadata().withNewStatus().withPhase("Running").endStatus()
                        .build()).build()).always();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Runs the source on its own thread until {@code done}, a moment more (nothing further may come), then stops it. */
    private static void follow(PodLogSource source, EventSink sink, List<SourceStatus> statuses, String done,
                               BooleanSupplier isDone) throws InterruptedException {
        Thread thread = new Thread(() -> {
            try {
                source.run(sink, statuses::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        await(done, isDone);
        Thread.sleep(1500);
        source.stop();
        thread.join(15_000);
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void a_broken_log_stream_resumes_from_the_last_stored_line_without_loss_or_repeats() throws Exception {
        // given the export-stdout log, first up to 09:00:02 (with two lines in that same nanosecond, and one
        // cut short), then the stream breaks; reopened from that time the server repeats those two lines and adds two more
        String ns = plan.namespace();
        String t1 = "2026-11-20T09:00:01.000000001Z";
        String t2 = "2026-11-20T09:00:02.000000002Z";
        String t3 = "2026-11-20T09:00:03.000000003Z";
        podList();
        server.expect().get().withPath(LOG + "?pretty=false&container=export-stdout&timestamps=true&follow=true")
                .andReturn(200, String.join("\n", exec(1, ns, t1), "2026-11-20T09:00:01.5Z {\"process_exec\":{\"process\":{\"pod\":{\"namespace\":\"" + ns + "\"",
                        exec(2, ns, t2), exec(3, ns, t2)) + "\n").once();
        server.expect().get().withPath(LOG + "?pretty=false&container=export-stdout&sinceTime=" + t2
                        + "&timestamps=true&follow=true")
                .andReturn(200, String.join("\n", exec(2, ns, t2), exec(3, ns, t2), exec(4, ns, t3),
                        exec(5, "some-other-team", t3)) + "\n").once();
        List<RawEvent> stored = new CopyOnWriteArrayList<>();
        List<RejectedEvent> rejected = new CopyOnWriteArrayList<>();
        EventSink sink = batch -> {
            stored.addAll(batch.events());
            rejected.addAll(batch.malformed());
            return new BatchResult(batch.events().size(), batch.events().size(), 0, 0, batch.malformed());
        };
        List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
        PodLogSource source = new PodLogSource(client, "kind-honey", SensorContainer.TETRAGON,
                new RelevantEvents(ns, plan.index()), null, Throwable::getMessage);

        // when it follows the log across the break
        follow(source, sink, statuses, "four events are stored", () -> stored.size() >= 4);

        // then each of the honey namespace's four exec events is stored once, in order; the broken line is
        // reported with its place, and the other team's event is not kept
        assertThat(stored).extracting(e -> ((io.stormcenter.workbench.sensor.TetragonEvent) e.parsed()).process().pid())
                .containsExactly(101, 102, 103, 104);
        assertThat(stored).allSatisfy(e -> assertThat(e.sensor()).isEqualTo(SensorKind.TETRAGON));
        assertThat(stored.get(0).position()).isEqualTo("kube-system/" + POD + "/export-stdout@" + t1);
        assertThat(rejected).singleElement().satisfies(r ->
                assertThat(r.position()).isEqualTo("kube-system/" + POD + "/export-stdout@2026-11-20T09:00:01.500Z"));
        assertThat(statuses).anySatisfy(s -> assertThat(s.detail()).isEqualTo("1 pod"));
        assertThat(statuses.get(statuses.size() - 1).events()).isEqualTo(4);
    }

    @Test
    void a_cluster_without_the_sensor_says_so_in_its_status() throws Exception {
        server.expect().get().withPath("/api/v1/pods?labelSelector=app.kubernetes.io%2Fcomponent%3Dnode-agent")
                .andReturn(200, new PodListBuilder().build()).always();
        List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
        PodLogSource source = new PodLogSource(client, "kind-honey", SensorContainer.KUBESCAPE,
                new RelevantEvents(plan.namespace(), plan.index()), null, Throwable::getMessage);
        Thread thread = new Thread(() -> {
            try {
                source.run(batch -> BatchResult.EMPTY, statuses::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        await("a status after the pod list", () -> statuses.size() >= 2);
        source.stop();
        thread.join(5_000);

        assertThat(statuses.get(1).line()).isEqualTo("cluster kind-honey kubescape: running (no pod labelled "
                + "app.kubernetes.io/component=node-agent: is it installed?), 0 events");
    }

    @Test
    void a_log_read_faster_than_it_is_stored_is_handed_ahead_and_a_failed_commit_is_read_again_from_the_last_stored(
            @TempDir Path folder) throws Exception {
        // given a log with 1,300 of the honey namespace's exec events ready at once: the follower hands the
        // store batch after batch of 500 while it reads on; the store cannot commit the second batch (the
        // third is already handed over and commits). Reopened from the first batch's last line, the server
        // repeats that line and sends the rest, and two more
        String ns = plan.namespace();
        Instant t0 = Instant.parse("2026-11-20T09:00:00Z");
        List<String> log = new ArrayList<>();
        for (int n = 1; n <= 1302; n++) {
            log.add(exec(n, ns, t0.plusMillis(n).toString()));
        }
        podList();
        server.expect().get().withPath(LOG + "?pretty=false&container=export-stdout&timestamps=true&follow=true")
                .andReturn(200, String.join("\n", log.subList(0, 1300)) + "\n").once();
        server.expect().get().withPath(LOG + "?pretty=false&container=export-stdout&sinceTime="
                        + t0.plusMillis(500) + "&timestamps=true&follow=true")
                .andReturn(200, String.join("\n", log.subList(499, 1302)) + "\n").once();
        List<Integer> handed = new CopyOnWriteArrayList<>();
        List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("o.db")))) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());
            EventSink sink = new EventSink() {
                @Override
                public BatchResult ingest(EventBatch batch) {
                    return ingestLater(batch).await();
                }

                @Override
                public PendingBatch ingestLater(EventBatch batch) {
                    batch.events().forEach(e -> handed.add(((TetragonEvent) e.parsed()).process().pid() - 100));
                    if (batches.incrementAndGet() == 2) {
                        return () -> {
                            throw new ObservationStoreException("the disk is full");
                        };
                    }
                    return ingestion.ingestLater(batch);
                }
            };
            PodLogSource source = new PodLogSource(client, "kind-honey", SensorContainer.TETRAGON,
                    new RelevantEvents(ns, plan.index()), null, Throwable::getMessage);

            // when it follows the log
            follow(source, sink, statuses, "1,302 events are stored", () -> store.count(ObservationQuery.all()) >= 1302);

            // then the log was read again from the last line stored before the failure, and every event is
            // stored once (the third batch, committed the first time, adds nothing the second)
            List<Integer> expected = new ArrayList<>();
            IntStream.rangeClosed(1, 1300).forEach(expected::add);
            IntStream.rangeClosed(501, 1302).forEach(expected::add);
            assertThat(handed).containsExactlyElementsOf(expected);
            assertThat(store.count(ObservationQuery.all())).isEqualTo(1302);
            assertThat(statuses).anySatisfy(status -> assertThat(status.line()).contains("the disk is full"));
            assertThat(statuses.get(statuses.size() - 1).events()).isEqualTo(1302);
        }
    }
}
