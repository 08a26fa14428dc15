package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:14:03.121977Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final SamplePlan sample = SamplePlan.secretTheft();
    private JdbcObservationStore store;
    private Ingestion ingestion;

    @BeforeEach
    void open() {
        store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("obs.db")));
        ingestion = new Ingestion(store, sample.plan().index(), CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RawEvent audit(String id, String verb, String user, String resource, String name, int code) {
        return new RawEvent(SensorKind.AUDIT, TelemetryEvents.audit(id, verb, user, resource, sample.namespace(), name,
                code, T0).toString(), "request items[" + id + "]");
    }

    @Test
    void a_honeytoken_read_is_counted_on_its_tripwire_and_node() {
        // given
        RawEvent read = audit("a1", "get", "mallory", "secrets", sample.honeytokenSecret(), 200);
        // when
        BatchResult result = ingestion.ingest(new EventBatch("receiver", List.of(read)));
        // then
        assertThat(result).isEqualTo(new BatchResult(1, 1, 0, 1, List.of()));
        Observation observation = store.find(ObservationQuery.all()).get(0);
        assertThat(observation.outcome()).isEqualTo(Outcome.COUNTED);
        assertThat(observation.tripwireId()).isEqualTo(sample.honeytoken().tripwireId());
        assertThat(observation.nodeId()).isEqualTo(sample.honeytoken().nodeId());
        assertThat(observation.source()).isEqualTo(SensorKind.AUDIT);
        assertThat(observation.origin()).isEqualTo("receiver");
        assertThat(observation.eventTime()).isEqualTo(T0);
        assertThat(observation.receivedTime()).isEqualTo(CLOCK.instant());
        assertThat(observation.actor().user()).isEqualTo("mallory");
        assertThat(observation.actor().sourceIps()).containsExactly("203.0.113.50");
        assertThat(observation.object()).isEqualTo("secrets/" + sample.namespace() + "/" + sample.honeytokenSecret());
        assertThat(observation.dedupKey()).isEqualTo("audit:a1:ResponseComplete");
        assertThat(observation.raw()).isEqualTo(read.json());
    }

    @Test
    void the_kubelet_mounting_the_honeytoken_is_excluded_and_says_why() {
        // given
        RawEvent mount = audit("k1", "get", "system:node:worker-1", "secrets", sample.honeytokenSecret(), 200);
        // when
        BatchResult result = ingestion.ingest(new EventBatch("receiver", List.of(mount)));
        // then
        assertThat(result.matched()).isZero();
        Observation observation = store.find(ObservationQuery.all()).get(0);
        assertThat(observation.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(observation.reason()).isEqualTo("identity 'system:node:worker-1' is excluded by the plan");
    }

    @Test
    void a_forbidden_read_is_kept_as_denied() {
        RawEvent denied = audit("d1", "get", "system:anonymous", "secrets", sample.honeytokenSecret(), 403);
        BatchResult result = ingestion.ingest(new EventBatch("receiver", List.of(denied)));
        assertThat(result.matched()).isEqualTo(1);
        assertThat(store.find(ObservationQuery.all()).get(0).outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void tetragon_lines_beyond_ascii_are_read_and_stored_as_they_came() {
        // given a file read whose path has an accent and an emoji, and one whose path holds half an emoji
        // (a lone surrogate: Java writes it as '?' in UTF-8, so its line is read from its characters)
        String accented = TelemetryEvents.tetragonFileRead(1, sample.namespace(), "orders-api",
                "/srv/caf\u00e9/\uD83D\uDE00.txt", "other-policy", T0);
        String halfEmoji = TelemetryEvents.tetragonFileRead(2, sample.namespace(), "orders-api",
                "/srv/half-\uD83D.txt", "other-policy", T0.plusSeconds(1));
        // when
        BatchResult result = ingestion.ingest(new EventBatch("file", List.of(
                new RawEvent(SensorKind.TETRAGON, accented, "trace.jsonl:1"),
                new RawEvent(SensorKind.TETRAGON, halfEmoji, "trace.jsonl:2"))));
        // then both are stored, the first exactly as it came, the second with '?' for its half emoji, as ever
        assertThat(result.stored()).isEqualTo(2);
        List<Observation> stored = store.find(ObservationQuery.all());
        assertThat(stored.get(1).raw()).isEqualTo(accented);
        assertThat(stored.get(1).object()).isEqualTo("/srv/caf\u00e9/\uD83D\uDE00.txt");
        assertThat(stored.get(1).actor().arguments()).isEqualTo("/srv/caf\u00e9/\uD83D\uDE00.txt");
        assertThat(stored.get(0).raw()).isEqualTo(halfEmoji.replace('\uD83D', '?'));
        assertThat(stored.get(0).object()).isEqualTo("/srv/half-?.txt");
    }

    @Test
    void an_event_no_tripwire_takes_is_kept_as_context() {
        RawEvent other = audit("u1", "get", "mallory", "endpoints", "orders-api", 200);
        BatchResult result = ingestion.ingest(new EventBatch("receiver", List.of(other)));
        assertThat(result).isEqualTo(new BatchResult(1, 1, 0, 0, List.of()));
        Observation observation = store.find(ObservationQuery.all()).get(0);
        assertThat(observation.outcome()).isEqualTo(Outcome.UNMATCHED);
        assertThat(observation.tripwireId()).isNull();
    }

    @Test
    void a_malformed_event_is_reported_with_its_position_and_the_rest_is_stored() {
        // given
        RawEvent before = audit("m1", "get", "mallory", "secrets", sample.honeytokenSecret(), 200);
        RawEvent broken = new RawEvent(SensorKind.AUDIT, "{\"kind\":\"Event\",\"stage\":\"ResponseComplete\"}",
                "trace.jsonl:2");
        RawEvent after = audit("m3", "list", "mallory", "secrets", null, 200);
        // when
        BatchResult result = ingestion.ingest(new EventBatch("file", List.of(before, broken, after)));
        // then
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.malformed()).singleElement().satisfies(m -> {
            assertThat(m.position()).isEqualTo("trace.jsonl:2");
            assertThat(m.reason()).contains("audit event").contains("missing");
        });
        assertThat(store.count(ObservationQuery.all())).isEqualTo(2);
    }

    @Test
    void a_replayed_batch_adds_nothing() {
        // given
        EventBatch batch = new EventBatch("file", List.of(
                audit("r1", "get", "mallory", "secrets", sample.honeytokenSecret(), 200),
                new RawEvent(SensorKind.FALCO, TelemetryEvents.falcoAlert("Terminal shell in container",
                        sample.namespace(), "api-7f9c", T0), "falco.jsonl:1"),
                new RawEvent(SensorKind.TETRAGON, TelemetryEvents.tetragonFileRead(1, sample.namespace(), "api-7f9c",
                        "/etc/passwd", "other-policy", T0), "tetragon.jsonl:1")));
        BatchResult first = ingestion.ingest(batch);
        // when
        BatchResult again = ingestion.ingest(batch);
        // then
        assertThat(first.stored()).isEqualTo(3);
        assertThat(again).isEqualTo(new BatchResult(3, 0, 3, first.matched(), List.of()));
        assertThat(store.count(ObservationQuery.all())).isEqualTo(3);
        assertThat(ingestion.totals().stored()).isEqualTo(3);
        assertThat(ingestion.totals().known()).isEqualTo(3);
    }

    @Test
    void a_store_that_cannot_commit_fails_the_batch() {
        // given: the store is gone
        store.close();
        RawEvent read = audit("c1", "get", "mallory", "secrets", sample.honeytokenSecret(), 200);
        // when / then: the source must not acknowledge
        assertThatThrownBy(() -> ingestion.ingest(new EventBatch("receiver", List.of(read))))
                .isInstanceOf(ObservationStoreException.class);
    }

    @Test
    void a_digest_key_begins_with_the_event_time_so_keys_grow_with_time_and_redeliveries_share_it() {
        // given two Tetragon reads a second apart, and one whose export left the time out
        String first = TelemetryEvents.tetragonFileRead(1, sample.namespace(), "api", "/etc/passwd", "p", T0);
        String second = TelemetryEvents.tetragonFileRead(2, sample.namespace(), "api", "/etc/passwd", "p",
                T0.plusSeconds(1));
        String untimed = first.replaceFirst(",?\"time\":\"[^\"]*\"", "");
        // when each is ingested, then all three again (a redelivery)
        List<RawEvent> events = List.of(new RawEvent(SensorKind.TETRAGON, second, "2"),
                new RawEvent(SensorKind.TETRAGON, first, "1"), new RawEvent(SensorKind.TETRAGON, untimed, "3"));
        ingestion.ingest(new EventBatch("file", events));
        BatchResult again = ingestion.ingest(new EventBatch("file", events));
        // then
        assertThat(again.known()).isEqualTo(3);
        List<String> keys = store.find(ObservationQuery.all()).stream().map(Observation::dedupKey).sorted().toList();
        assertThat(keys).hasSize(3);
        assertThat(keys.get(0)).matches("tetragon:[0-9a-f]{16}:[0-9a-f]{32}")
                .startsWith("tetragon:" + String.format("%016x", JdbcObservationStore.nanos(T0)));
        assertThat(keys.get(1)).startsWith("tetragon:" + String.format("%016x",
                JdbcObservationStore.nanos(T0.plusSeconds(1))));
        assertThat(keys.get(2)).matches("tetragon:[0-9a-f]{32}");
    }
}
