package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readers read every event of a file or stream, in every shape, and skip only what is broken. */
class EveryEventOfAFileTest {

    @Test
    void an_audit_log_of_one_event_per_line_gives_every_good_line_and_names_the_bad_ones() {
        // given the log backend's file: a v1 get, a cut-off line, a v1beta1 exec, an event without verb, a list
        String log = Fixtures.text("audit-log.jsonl");

        // when
        EventBatch<AuditEvent> batch = new AuditEventReader().readAll(log);

        // then
        assertThat(batch.values()).extracting(AuditEvent::verb).containsExactly("get", "create", "list");
        assertThat(batch.values()).extracting(AuditEvent::apiVersion)
                .containsExactly("audit.k8s.io/v1", "audit.k8s.io/v1beta1", "audit.k8s.io/v1");
        assertThat(batch.events()).extracting(e -> e.position().line()).containsExactly(1L, 3L, 5L);
        assertThat(batch.skipped()).extracting(s -> s.position().line()).containsExactly(2L, 4L);
        assertThat(batch.skipped().get(0).problem()).contains("never closes");
        assertThat(batch.skipped().get(1).problem()).contains("'verb'").contains("missing");
    }

    @Test
    void a_tetragon_export_mixing_raw_and_wrapped_events_keeps_both_and_skips_garbage() {
        EventBatch<TetragonEvent> batch = new TetragonEventReader().readAll(Fixtures.text("tetragon-export.jsonl"));

        assertThat(batch.values()).extracting(TetragonEvent::functionName)
                .containsExactly("security_file_permission", "__x64_sys_setns");
        assertThat(batch.values().get(1).args()).isEmpty();
        assertThat(batch.skipped()).extracting(s -> s.position().line()).containsExactly(2L, 4L);
        assertThat(batch.skipped().get(0).problem()).contains("not valid JSON");
        assertThat(batch.skipped().get(1).problem()).contains("more than one event type");
    }

    @Test
    void pretty_printed_objects_one_after_another_are_all_read() {
        String one = Fixtures.text("k8s-event-core.json");
        String two = Fixtures.text("k8s-event-events-v1.json");

        EventBatch<KubernetesEvent> batch = new KubernetesEventReader().readAll(one + "\n" + two);

        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.values()).hasSize(2);
        assertThat(batch.events().get(1).position().line()).isGreaterThan(1);
    }

    @Test
    void a_json_array_gives_each_element_and_a_bad_element_costs_only_itself() {
        String alert = Fixtures.text("falco-alert.json").strip();
        String array = "[\n" + alert + ",\n{\"rule\": \"no time\"},\n" + alert + "\n]";

        EventBatch<FalcoAlert> batch = new FalcoAlertReader().readAll(array);

        assertThat(batch.values()).hasSize(2);
        assertThat(batch.skipped()).singleElement().satisfies(s -> {
            assertThat(s.position().value()).isEqualTo(2);
            assertThat(s.problem()).contains("'time'");
        });
    }

    @Test
    void an_event_list_gives_its_items_with_their_place_in_the_list() {
        EventBatch<AuditEvent> batch = new AuditEventReader().readAll(Fixtures.text("audit-eventlist.json"));

        assertThat(batch.values()).hasSize(3);
        assertThat(batch.events()).extracting(e -> e.position().item()).containsExactly("items[0]", "items[1]", "items[2]");
    }

    @Test
    void a_stream_is_read_lazily_as_the_caller_iterates() {
        // given a stream whose second line is only readable after the first event was handed out
        StringBuilder lines = new StringBuilder();
        String event = Fixtures.text("tetragon-kprobe-wrapped.json").strip();
        for (int i = 0; i < 200; i++) {
            lines.append(event).append('\n');
        }
        CountingReader source = new CountingReader(lines.toString());
        List<MalformedEvent> problems = new ArrayList<>();

        // when
        try (EventStream<TetragonEvent> stream = new TetragonEventReader().stream(source, problems::add)) {
            EventAt<TetragonEvent> first = stream.next();

            // then only the first line and one chunk read ahead (4 Ki chars) have been read, and the rest
            // follows on demand
            assertThat(first.position().line()).isEqualTo(1);
            assertThat(source.consumed).isLessThanOrEqualTo(4 * 1024 + event.length() + 1)
                    .isLessThan(lines.length() / 10);
            long rest = 0;
            while (stream.hasNext()) {
                stream.next();
                rest++;
            }
            assertThat(rest).isEqualTo(199);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void an_input_stream_of_utf8_is_read_too() {
        byte[] bytes = Fixtures.text("audit-log.jsonl").getBytes(StandardCharsets.UTF_8);
        List<MalformedEvent> problems = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();

        try (EventStream<AuditEvent> stream = new AuditEventReader().stream(new ByteArrayInputStream(bytes), problems::add)) {
            stream.forEachRemaining(e -> events.add(e.event()));
            assertThat(stream.skipped()).isEqualTo(2);
        }

        assertThat(events).hasSize(3);
        assertThat(problems).hasSize(2);
    }

    @Test
    void a_mixed_capture_is_told_apart_by_shape() {
        String capture = Fixtures.text("falco-alert.json").strip() + "\n"
                + Fixtures.text("tetragon-kprobe-wrapped.json").strip() + "\n"
                + Fixtures.text("audit-log.jsonl").lines().findFirst().orElseThrow() + "\n"
                + Fixtures.text("k8s-event-core.json");

        EventBatch<SensorEvent> batch = new AnySensorEventReader().readAll(capture);

        assertThat(batch.skipped()).isEmpty();
        assertThat(batch.values()).hasExactlyElementsOfTypes(FalcoAlert.class, TetragonEvent.class, AuditEvent.class,
                KubernetesEvent.class);
    }

    @Test
    void reading_one_event_from_a_text_of_several_says_so_instead_of_dropping_the_rest() {
        String two = Fixtures.text("audit-log.jsonl");

        assertThatThrownBy(() -> new AuditEventReader().read(two))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("more than one JSON value");
    }

    @Test
    void a_problem_never_repeats_a_value_of_the_event() {
        String secretLine = "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"auditID\":\"a\",\"stage\":\"ResponseComplete\","
                + "\"verb\":\"get\",\"user\":{\"username\":\"AKIAHONEYVALUE\"},\"responseStatus\":{\"code\":\"AKIAHONEYVALUE\"}}";

        EventBatch<AuditEvent> batch = new AuditEventReader().readAll(secretLine);

        assertThat(batch.skipped()).singleElement().satisfies(s -> assertThat(s.toString()).doesNotContain("AKIAHONEYVALUE"));
    }

    /** A reader that remembers how many characters were taken from it. */
    private static final class CountingReader extends StringReader {
        private long consumed;

        CountingReader(String text) {
            super(text);
        }

        @Override
        public int read() throws java.io.IOException {
            int c = super.read();
            if (c >= 0) {
                consumed++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            consumed += Math.max(n, 0);
            return n;
        }
    }
}
