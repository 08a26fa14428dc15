package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReplayTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:18:01.234567890Z");

    @TempDir
    Path folder;

    private final SamplePlan sample = SamplePlan.secretTheft();
    private JdbcObservationStore store;
    private Ingestion ingestion;

    @BeforeEach
    void open() {
        store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("obs.db")));
        ingestion = new Ingestion(store, sample.plan().index(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String tetragonLine(int n) {
        return TelemetryEvents.tetragonFileRead(n, sample.namespace(), "orders-api", "/etc/passwd", "any-policy",
                T0.plusSeconds(n));
    }

    private BatchResult replayAtMax(Path file) throws Exception {
        return new FileReplay(ingestion, ReplaySpeed.MAX).replay(file);
    }

    @Test
    void a_malformed_line_in_the_middle_is_reported_with_file_and_line_and_the_rest_is_stored() throws Exception {
        // given
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(tetragonLine(i));
        }
        lines.add(2, "{\"process_kprobe\": {\"process\": ");
        lines.add(4, "{\"node_name\":\"worker-1\",\"time\":\"2026-11-20T09:18:01Z\"}");
        Path file = Files.write(folder.resolve("tetragon.jsonl"), lines);
        // when
        BatchResult result = replayAtMax(file);
        // then
        assertThat(result.read()).isEqualTo(7);
        assertThat(result.stored()).isEqualTo(5);
        assertThat(result.malformed()).extracting(RejectedEvent::position)
                .containsExactly("tetragon.jsonl:3", "tetragon.jsonl:5");
        assertThat(result.malformed().get(1).reason()).contains("not an event of a known sensor");
        assertThat(store.find(ObservationQuery.all().from(SensorKind.TETRAGON))).hasSize(5)
                .allSatisfy(o -> assertThat(o.actor().pod()).isEqualTo("orders-api"));
    }

    @Test
    void a_pretty_printed_event_list_gives_every_item_with_its_place() throws Exception {
        // given
        ObjectNode read = TelemetryEvents.audit("a1", "get", "mallory", "secrets", sample.namespace(),
                sample.honeytokenSecret(), 200, T0);
        ObjectNode list = TelemetryEvents.audit("a2", "list", "mallory", "secrets", sample.namespace(), null, 200, T0);
        ObjectNode broken = TelemetryEvents.audit("a3", "get", "mallory", "pods", sample.namespace(), "x", 200, T0);
        broken.remove("verb");
        String pretty = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                new ObjectMapper().readTree(TelemetryEvents.eventList(List.of(read, broken, list))));
        Path file = Files.writeString(folder.resolve("audit.json"), pretty);
        // when
        BatchResult result = replayAtMax(file);
        // then
        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.malformed()).singleElement()
                .satisfies(m -> assertThat(m.position()).isEqualTo("audit.json:1 items[1]"));
        Observation honeytokenRead = store.find(ObservationQuery.all().tripwire(sample.honeytoken().tripwireId()))
                .stream().filter(o -> o.dedupKey().equals("audit:a1:ResponseComplete")).findFirst().orElseThrow();
        assertThat(new ObjectMapper().readTree(honeytokenRead.raw())).isEqualTo(read);
    }

    @Test
    void a_gzipped_array_and_a_container_log_are_read_like_any_other_file() throws Exception {
        // given
        Path gz = folder.resolve("capture.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(("[" + tetragonLine(1) + ",\n" + tetragonLine(2) + "]").getBytes(StandardCharsets.UTF_8));
        }
        Path log = Files.writeString(folder.resolve("export-stdout.log"),
                "2026-11-20T09:18:04.000000001Z stdout F " + tetragonLine(3) + "\n"
                        + "2026-11-20T09:18:05.000000001Z " + TelemetryEvents.falcoAlert("Terminal shell in container",
                        sample.namespace(), "orders-api", T0) + "\n");
        // when
        BatchResult fromGz = replayAtMax(gz);
        BatchResult fromLog = replayAtMax(log);
        // then
        assertThat(fromGz).isEqualTo(new BatchResult(2, 2, 0, 0, List.of()));
        assertThat(fromLog.stored()).isEqualTo(2);
        assertThat(fromLog.malformed()).isEmpty();
        assertThat(store.count(ObservationQuery.all().from(SensorKind.FALCO))).isEqualTo(1);
    }

    @Test
    void replaying_a_file_again_stores_nothing_new() throws Exception {
        Path file = Files.write(folder.resolve("t.jsonl"), List.of(tetragonLine(1), tetragonLine(2), tetragonLine(3)));
        replayAtMax(file);
        BatchResult again = replayAtMax(file);
        assertThat(again).isEqualTo(new BatchResult(3, 0, 3, 0, List.of()));
    }

    @Test
    void a_file_of_several_batches_counts_every_batch_once_each_committed_in_turn() throws Exception {
        // given more events than three batches, with a broken line in the third
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 2 * FileReplay.BATCH + 700; n++) {
            lines.add(n == 2 * FileReplay.BATCH + 10 ? "{\"process_exec\":" : tetragonLine(n));
        }
        Path file = Files.write(folder.resolve("big.jsonl"), lines);
        // when it is replayed (each batch committed while the next is read), and replayed again
        BatchResult first = replayAtMax(file);
        BatchResult again = replayAtMax(file);
        // then every event is counted once, in the file's totals and in the store
        int events = lines.size() - 1;
        assertThat(first.read()).isEqualTo(lines.size());
        assertThat(first.stored()).isEqualTo(events);
        assertThat(first.malformed()).singleElement().satisfies(r ->
                assertThat(r.position()).isEqualTo("big.jsonl:" + (2 * FileReplay.BATCH + 10)));
        assertThat(again.stored()).isZero();
        assertThat(again.known()).isEqualTo(events);
        assertThat(store.count(ObservationQuery.all())).isEqualTo(events);
    }

    @Test
    void at_ten_times_the_recorded_speed_a_minute_of_events_takes_six_seconds() throws Exception {
        // given: events at 0, 20, 40 and 60 s; a clock that moves only when the replay sleeps
        Path file = Files.write(folder.resolve("t.jsonl"), List.of(tetragonLine(0), tetragonLine(20),
                tetragonLine(40), tetragonLine(60)));
        SleepingClock clock = new SleepingClock(Instant.parse("2027-01-01T00:00:00Z"));
        List<Integer> storedBeforeEachSleep = new ArrayList<>();
        FileReplay replay = new FileReplay(ingestion, ReplaySpeed.parse("x10"), clock, d -> {
            storedBeforeEachSleep.add((int) store.count(ObservationQuery.all()));
            clock.advance(d);
        });
        // when
        BatchResult result = replay.replay(file);
        // then: each event went in when it came due, not all at the end
        assertThat(result.stored()).isEqualTo(4);
        assertThat(clock.slept).isEqualTo(Duration.ofSeconds(6));
        assertThat(storedBeforeEachSleep).containsExactly(1, 2, 3);
    }

    @Test
    void a_speed_is_a_positive_factor_or_max() {
        assertThat(ReplaySpeed.parse("max").isMax()).isTrue();
        assertThat(ReplaySpeed.parse("x10").factor()).isEqualTo(10);
        assertThat(ReplaySpeed.parse("2.5x").factor()).isEqualTo(2.5);
        assertThat(ReplaySpeed.parse("1")).isEqualTo(ReplaySpeed.RECORDED);
        assertThatThrownBy(() -> ReplaySpeed.parse("0")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> ReplaySpeed.parse("fast")).hasMessageContaining("not a speed");
    }

    @Test
    void a_missing_file_is_an_io_error() {
        assertThatThrownBy(() -> replayAtMax(folder.resolve("absent.jsonl"))).isInstanceOf(IOException.class);
    }

    /** A clock that stands still until the replay sleeps. */
    private static final class SleepingClock extends Clock {
        private Instant now;
        private Duration slept = Duration.ZERO;

        SleepingClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
            slept = slept.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
