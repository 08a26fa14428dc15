package io.stormcenter.workbench.telemetry.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.EventSink;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Collector;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ObservationStore;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka source against a real broker: Kafka 4's own KRaft server from Maven Central, started
 * once for this class in a child JVM on loopback (see {@link KafkaBroker}).
 */
class KafkaSourceTest {

    private static KafkaBroker broker;
    private static HoneyclusterPlan plan;
    private static PipelineRecords records;

    @TempDir
    Path folder;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.start();
        broker.createTopics("tetragon", "falco", "audit", "resume", "flaky");
        plan = new HoneyclusterCompiler().compile(
                TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree(), CompileOptions.seeded(42));
        records = new PipelineRecords(plan.namespace());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static void produce(String topic, List<String> values) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private ObservationStore store() {
        return JdbcObservationStore.open(StoreLocation.file(folder.resolve("observations.db")));
    }

    private static KafkaSource source(String group, String... topics) {
        return new KafkaSource(new KafkaSettings(broker.bootstrap(),
                java.util.Arrays.stream(topics).map(KafkaTopic::parse).toList(), group, Map.of()), Clock.systemUTC());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what + "\n" + broker.brokerLog());
            }
            Thread.sleep(100);
        }
    }

    private static Map<TopicPartition, Long> committed(String group) throws Exception {
        try (Admin admin = broker.admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, Long> out = new HashMap<>();
            offsets.forEach((partition, offset) -> out.put(partition, offset.offset()));
            return out;
        }
    }

    private static long end(String topic) throws Exception {
        try (Admin admin = broker.admin()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                    .get(30, TimeUnit.SECONDS).offset();
        }
    }

    @Test
    void the_pipelines_topics_are_stored_matched_and_committed() throws Exception {
        // given Vector-wrapped Tetragon events, Falco alerts, audit webhook lists, and one broken record
        produce("tetragon", java.util.stream.IntStream.range(0, 40).mapToObj(records::tetragon).toList());
        produce("falco", java.util.stream.IntStream.range(0, 15).mapToObj(records::falco).toList());
        produce("audit", List.of(records.auditList("a", 5), records.auditList("b", 5), "{\"kind\":\"EventList\",\"items\":[{\"stage\""));
        List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
        try (ObservationStore store = store()) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());
            // when the topics are consumed, the tetragon topic bound to its sensor, the others told by shape
            Collector collection = Collector.of(ingestion, List.of(),
                    List.of(source("g-all", "tetragon=tetragon", "falco", "audit")), statuses::add);
            collection.start();
            await("every event is stored", () -> store.count(ObservationQuery.all()) == 65);
            await("every offset is committed", () -> {
                try {
                    return committed("g-all").values().stream().mapToLong(Long::longValue).sum() == 40 + 15 + 3;
                } catch (Exception e) {
                    return false;
                }
            });
            collection.close();

            // then each sensor's events are there, the broken record is reported, and the group's offsets are at the end
            assertThat(store.count(ObservationQuery.all().from(SensorKind.TETRAGON))).isEqualTo(40);
            assertThat(store.count(ObservationQuery.all().from(SensorKind.FALCO))).isEqualTo(15);
            assertThat(store.count(ObservationQuery.all().from(SensorKind.AUDIT))).isEqualTo(10);
            assertThat(store.find(ObservationQuery.all().from(SensorKind.AUDIT).limit(1)).get(0).origin())
                    .isEqualTo("kafka:tetragon,falco,audit");
            assertThat(committed("g-all")).containsEntry(new TopicPartition("tetragon", 0), end("tetragon"))
                    .containsEntry(new TopicPartition("audit", 0), end("audit"));
            SourceStatus last = collection.statuses().get(0);
            assertThat(last.events()).isEqualTo(65);
            assertThat(last.rejected()).isEqualTo(1);
            assertThat(last.state()).isEqualTo(SourceStatus.State.STOPPED);
            assertThat(statuses).extracting(SourceStatus::state).contains(SourceStatus.State.RUNNING);
        }
    }

    @Test
    void a_restart_resumes_from_the_committed_offsets_without_loss_or_duplicates() throws Exception {
        produce("resume", java.util.stream.IntStream.range(0, 60).mapToObj(records::tetragon).toList());
        try (ObservationStore store = store()) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());
            CountingSink first = new CountingSink(ingestion);
            Collector run1 = Collector.of(first, List.of(), List.of(source("g-resume", "resume")), s -> { });
            run1.start();
            await("the first 60 are stored", () -> store.count(ObservationQuery.all()) == 60);
            run1.close();
            // while the collector is down, 40 more arrive
            produce("resume", java.util.stream.IntStream.range(60, 100).mapToObj(records::tetragon).toList());

            CountingSink second = new CountingSink(ingestion);
            Collector run2 = Collector.of(second, List.of(), List.of(source("g-resume", "resume")), s -> { });
            run2.start();
            await("all 100 are stored", () -> store.count(ObservationQuery.all()) == 100);
            Thread.sleep(1500); // a redelivery, had there been one, would arrive by now
            run2.close();

            // the second run was handed exactly the 40 it had not seen, none of them already stored
            assertThat(first.read.get()).isEqualTo(60);
            assertThat(second.read.get()).isEqualTo(40);
            assertThat(second.known.get()).isZero();
            assertThat(store.count(ObservationQuery.all())).isEqualTo(100);
            assertThat(committed("g-resume")).containsEntry(new TopicPartition("resume", 0), 100L);
        }
    }

    @Test
    void a_batch_the_store_refused_is_not_committed_and_is_read_again() throws Exception {
        produce("flaky", java.util.stream.IntStream.range(0, 30).mapToObj(records::falco).toList());
        List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
        try (ObservationStore store = store()) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());
            AtomicInteger calls = new AtomicInteger();
            EventSink failingOnce = batch -> {
                if (calls.incrementAndGet() == 1) {
                    throw new ObservationStoreException("the disk is full");
                }
                return ingestion.ingest(batch);
            };
            Collector collection = Collector.of(failingOnce, List.of(), List.of(source("g-flaky", "flaky=falco")),
                    statuses::add);
            collection.start();
            await("all 30 are stored after the retry", () -> store.count(ObservationQuery.all()) == 30);
            collection.close();

            assertThat(statuses).anySatisfy(s -> {
                assertThat(s.state()).isEqualTo(SourceStatus.State.RETRYING);
                assertThat(s.detail()).contains("the disk is full");
            });
            assertThat(committed("g-flaky")).containsEntry(new TopicPartition("flaky", 0), 30L);
        }
    }

    /** Counts what the ingestion was handed and found already stored. */
    private static final class CountingSink implements EventSink {
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger known = new AtomicInteger();
        private final EventSink inner;

        CountingSink(EventSink inner) {
            this.inner = inner;
        }

        @Override
        public BatchResult ingest(io.stormcenter.workbench.telemetry.EventBatch batch) {
            BatchResult result = inner.ingest(batch);
            read.addAndGet(result.read());
            known.addAndGet(result.known());
            return result;
        }
    }

}
