package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.telemetry.kafka.KafkaBroker;
import io.stormcenter.workbench.telemetry.kafka.PipelineRecords;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ksc collect --kafka} and {@code collect --cluster} end to end: the real command in a child
 * JVM, stopped with SIGTERM (as Ctrl+C) and started again, the store read afterwards. Kafka is Kafka
 * 4's own KRaft broker on loopback. The cluster is fabric8's mock server: the real API server of the
 * integration tests runs no kubelet and so cannot serve a container's log.
 */
class CollectStreamsCommandTest {

    private static final int SEED = 42;

    @TempDir
    Path folder;

    private Path model;
    private Path store;
    private HoneyclusterPlan plan;

    @BeforeEach
    void copySample() throws Exception {
        model = Files.copy(Path.of("sample-models/ksc-kubecon-2024.json"), folder.resolve("model.json"));
        store = folder.resolve("observations.db");
        plan = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(), CompileOptions.seeded(SEED));
    }

    /**
     * How many observations the store holds, read beside the running collector (WAL readers do not
     * block it): rows, and the unmatched runtime events kept only in their batches' blocks.
     */
    private long stored() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM observations) "
                     + "+ (SELECT COALESCE(SUM(entry_count), 0) FROM observation_loose)")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException notYetCreated) {
            return 0;
        }
    }

    private void awaitStored(long count, CollectorProcess collector) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (stored() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + count + " observations; collect printed "
                        + collector.lines());
            }
            Thread.sleep(200);
        }
    }

    private List<Observation> all() {
        try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
            return observations.find(ObservationQuery.all());
        }
    }

    private static void produce(KafkaBroker broker, String topic, List<String> values) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void collect_kafka_stores_the_topic_and_a_restart_resumes_from_the_committed_offset() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start()) {
            // given the pipeline's Tetragon topic with 30 events
            broker.createTopics("ksc-tetragon");
            PipelineRecords records = new PipelineRecords(plan.namespace());
            produce(broker, "ksc-tetragon", IntStream.range(0, 30).mapToObj(records::tetragon).toList());
            String[] kafka = {"--seed", String.valueOf(SEED), "--kafka", broker.bootstrap(), "--topic",
                    "ksc-tetragon=tetragon", "--group", "g-cli"};

            // when collect runs until they are stored and is stopped; 20 more arrive while it is down; it runs again
            try (CollectorProcess first = CollectorProcess.streaming(model, store, kafka)) {
                awaitStored(30, first);
                Thread.sleep(1500); // one more status line with the totals
                assertThat(first.stop()).as("collect ends on SIGTERM: " + first.lines()).isEqualTo(143);
                assertThat(first.lines()).anyMatch(line -> line.contains("tetragon 30; stored 30, already known 0; "
                        + "matched 30; rejected 0"));
                assertThat(first.lines()).as("Ctrl+C's last words").contains("Stopped: 30 events, 30 stored, 30 matched, 0 rejected");
            }
            produce(broker, "ksc-tetragon", IntStream.range(30, 50).mapToObj(records::tetragon).toList());
            try (CollectorProcess second = CollectorProcess.streaming(model, store, kafka)) {
                awaitStored(50, second);
                Thread.sleep(2000); // a redelivery, had there been one, would arrive by now
                assertThat(second.stop()).isEqualTo(143);
                // then the second run was handed only the 20 it had not seen
                assertThat(second.lines()).anyMatch(line -> line.contains("tetragon 20; stored 20, already known 0; "
                        + "matched 20; rejected 0"));
                assertThat(second.lines()).anyMatch(line -> line.startsWith("Streaming from kafka"));
            }

            // and the store holds each event once, matched to the plan, and the group's offset is at the end
            List<Observation> observations = all();
            assertThat(observations).hasSize(50).allSatisfy(o -> {
                assertThat(o.source()).isEqualTo(SensorKind.TETRAGON);
                assertThat(o.outcome().fired()).isTrue();
                assertThat(o.origin()).startsWith("kafka");
            });
            assertThat(observations.stream().map(Observation::dedupKey).distinct()).hasSize(50);
            try (Admin admin = broker.admin()) {
                assertThat(admin.listConsumerGroupOffsets("g-cli").partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS).get(new TopicPartition("ksc-tetragon", 0)).offset()).isEqualTo(50);
            }
        }
    }

    private static String exec(int n, String namespace) {
        String stamp = Instant.parse("2026-11-20T09:00:00Z").plusSeconds(n).toString();
        return stamp + " {\"process_exec\":{\"process\":{\"exec_id\":\"d29ya2VyLTE6" + n + "\",\"pid\":" + (100 + n)
                + ",\"uid\":0,\"binary\":\"/bin/sh\",\"arguments\":\"-c id\",\"pod\":{\"namespace\":\"" + namespace
                + "\",\"name\":\"ssh-proxy\"}}},\"node_name\":\"worker-1\",\"time\":\"" + stamp + "\"}";
    }

    @Test
    void collect_cluster_streams_the_sensor_log_and_a_restart_adds_only_what_is_new() throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        try {
            // given a cluster with one Tetragon pod whose export-stdout log holds five exec events of the honey
            // namespace and two of another team; when it is read again it has two more of the honey namespace
            String pod = "tetragon-x7k2p";
            var pods = new PodListBuilder().addToItems(new PodBuilder().withNewMetadata().withName(pod)
                    .withNamespace("kube-system").endMetadata().withNewStatus().withPhase("Running").endStatus()
                    .build()).build();
            server.expect().get().withPath("/api/v1/pods?labelSelector=app.kubernetes.io%2Fname%3Dtetragon")
                    .andReturn(200, pods).always();
            server.expect().get().withPath("/api/v1/namespaces/kube-system/pods?fieldSelector=metadata.name%3D" + pod)
                    .andReturn(200, pods).always();
            String log = "/api/v1/namespaces/kube-system/pods/" + pod
                    + "/log?pretty=false&container=export-stdout&timestamps=true&follow=true";
            String ns = plan.namespace();
            server.expect().get().withPath(log).andReturn(200, String.join("\n", exec(1, ns), exec(2, "payments"),
                    exec(3, ns), exec(4, ns), exec(5, "payments"), exec(6, ns), exec(7, ns)) + "\n").once();
            server.expect().get().withPath(log).andReturn(200, String.join("\n", exec(1, ns), exec(3, ns),
                    exec(4, ns), exec(6, ns), exec(7, ns), exec(8, ns), exec(9, ns)) + "\n").always();
            Path kubeconfig = Files.writeString(folder.resolve("kubeconfig"), """
                    apiVersion: v1
                    kind: Config
                    clusters:
                    - name: mock
                      cluster:
                        server: http://127.0.0.1:%d
                    users:
                    - name: tester
                      user:
                        token: not-a-secret
                    contexts:
                    - name: mock
                      context:
                        cluster: mock
                        user: tester
                    current-context: mock
                    """.formatted(server.getPort()));
            String[] cluster = {"--seed", String.valueOf(SEED), "--cluster", "--context", "mock", "--kubeconfig",
                    kubeconfig.toString()};

            // when collect streams until the five are stored and is stopped, then runs again
            try (CollectorProcess first = CollectorProcess.streaming(model, store, cluster)) {
                awaitStored(5, first);
                Thread.sleep(1500);
                assertThat(first.stop()).as("collect ends on SIGTERM: " + first.lines()).isEqualTo(143);
                assertThat(first.lines()).anyMatch(line -> line.startsWith("Streaming from cluster mock tetragon"));
                assertThat(first.lines()).as("collect's last words").anyMatch(line -> line.startsWith("Stopped: "));
            }
            assertThat(stored()).isEqualTo(5);
            try (CollectorProcess second = CollectorProcess.streaming(model, store, cluster)) {
                awaitStored(7, second);
                Thread.sleep(1500);
                assertThat(second.stop()).isEqualTo(143);
                // then the second run read the log again: the five it had were known, the two new ones stored
                assertThat(second.lines()).anyMatch(line -> line.contains("tetragon 7; stored 2, already known 5; "
                        + "matched 0; rejected 0"));
            }

            // and the store holds the honey namespace's seven events once each, the other team's none
            List<Observation> observations = all();
            assertThat(observations).hasSize(7).allSatisfy(o -> {
                assertThat(o.source()).isEqualTo(SensorKind.TETRAGON);
                assertThat(o.actor().namespace()).isEqualTo(ns);
                assertThat(o.origin()).isEqualTo("cluster");
            });
            assertThat(observations.stream().map(o -> o.actor().execId()).sorted().toList())
                    .containsExactly("d29ya2VyLTE61", "d29ya2VyLTE63", "d29ya2VyLTE64", "d29ya2VyLTE66",
                            "d29ya2VyLTE67", "d29ya2VyLTE68", "d29ya2VyLTE69");
        } finally {
            server.destroy();
        }
    }
}
