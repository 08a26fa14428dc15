package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The readers against real payloads from public projects in {@code ../shared/fixtures}
 * (system property {@code shared.fixtures}); skipped where that folder is absent, failed on CI.
 */
class SharedFixturesConformanceTest {

    private static Path folder(String name) {
        return SharedFixtures.folder(name);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void every_real_audit_event_parses_with_verb_user_and_stage() throws IOException {
        List<Path> files = files(folder("audit"));
        assertThat(files).isNotEmpty();
        AuditEventReader reader = new AuditEventReader();
        for (Path file : files) {
            AuditEvent event = reader.read(Files.readString(file));
            assertThat(event.verb()).as(file.toString()).isNotBlank();
            assertThat(event.user().username()).as(file.toString()).isNotBlank();
            assertThat(event.stage()).as(file.toString()).isIn("ResponseComplete", "ResponseStarted", "RequestReceived", "Panic");
            assertThat(event.objectRef().resource()).as(file.toString()).isNotBlank();
        }
    }

    @Test
    void the_real_exec_event_is_counted_at_response_started() throws IOException {
        Path exec = SharedFixtures.file("audit/exec_pod.json");

        AuditEvent event = new AuditEventReader().read(Files.readString(exec));

        assertThat(event.objectRef().subresource()).isEqualTo("exec");
        assertThat(event.isCountedStage()).isTrue();
    }

    @Test
    void every_real_falco_alert_line_parses() throws IOException {
        Path file = SharedFixtures.file("falco/falco-alerts.jsonl");
        FalcoAlertReader reader = new FalcoAlertReader();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();

        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            FalcoAlert alert = reader.read(line);
            assertThat(alert.rule()).isNotBlank();
            assertThat(alert.time()).isNotNull();
            assertThat(alert.outputFields()).containsKey("proc.cmdline");
        }
    }

    @Test
    void every_real_tetragon_event_parses_in_raw_and_wrapped_shape() throws IOException {
        TetragonEventReader reader = new TetragonEventReader();
        for (Path file : files(folder("tetragon"))) {
            String raw = Files.readString(file);
            TetragonEvent event = reader.read(raw);
            assertThat(event.type()).isIn(TetragonEventReader.TYPES);
            assertThat(event.process()).isNotNull();
            if ("process_kprobe".equals(event.type())) {
                assertThat(event.policyName()).isNotBlank();
                assertThat(event.functionName()).isNotBlank();
            }
            String inner = JsonMapper.builder().build().readTree(raw)
                    .get(event.type()).toString();
            String wrapped = "{\"time\":\"2026-11-20T09:00:00Z\",\"node_name\":\"" + event.nodeName()
                    + "\",\"type\":\"" + event.type() + "\",\"payload\":" + inner + "}";
            TetragonEvent again = reader.read(wrapped);
            assertThat(again.policyName()).isEqualTo(event.policyName());
            assertThat(again.args()).isEqualTo(event.args());
            assertThat(again.process()).isEqualTo(event.process());
        }
    }

    @Test
    void every_real_tetragon_event_read_from_its_text_is_the_event_its_tree_gives() throws IOException {
        // given every real Tetragon event (the export's and the book's; the book's close, connect and listen
        // events are of types Tetragon no longer writes), as written and as one compact line
        TetragonEventReader reader = new TetragonEventReader();
        List<Path> files = Stream.concat(files(folder("tetragon")).stream(), files(folder("tetragon-book")).stream()).toList();
        assertThat(files).hasSizeGreaterThan(10);
        int events = 0;
        for (Path file : files) {
            String written = Files.readString(file);
            String line = JsonMapper.builder().build().readTree(written).toString();
            // when read from its text (token by token) and from a file (its tree walked)
            Object alone = eventOrProblem(reader, written);
            EventBatch<TetragonEvent> inFile = reader.readAll(written);
            // then the same event, or the same problem
            Object fromFile = inFile.events().isEmpty() ? inFile.skipped().get(0).problem() : inFile.events().get(0).event();
            assertThat(fromFile).as(file.toString()).isEqualTo(alone).isEqualTo(eventOrProblem(reader, line));
            events += alone instanceof TetragonEvent ? 1 : 0;
        }
        assertThat(events).isGreaterThan(10);
    }

    private static Object eventOrProblem(TetragonEventReader reader, String json) {
        try {
            return reader.read(json);
        } catch (MalformedEventException e) {
            return e.getMessage();
        }
    }
}
