package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replayed line of Tetragon's own export is read token by token, without a tree: every such line
 * must give the event the tree's reading gives, and anything else must still go the tree's way.
 */
class TetragonLinesWithoutATreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AnySensorEventReader any = new AnySensorEventReader();

    /**
     * Every Tetragon fixture's events, each as one compact line with the event's type first, as
     * {@code tetragon} writes its export (protobuf's JSON, fields in number order: the event's
     * type before {@code node_name} and {@code time}); the public example is pretty-printed with its
     * keys sorted, so its type is put first here.
     */
    private static List<String> compactLines() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("tetragon-export.jsonl", "tetragon-kprobe-raw.json", "tetragon-connect-raw.json")) {
            for (EventAt<TetragonEvent> event : new TetragonEventReader().readAll(Fixtures.text(name)).events()) {
                texts.add(event.json());
            }
        }
        texts.add(Files.readString(SharedFixtures.folder("tetragon").resolve("kprobe-example.json")));
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            ObjectNode event = (ObjectNode) JSON.readTree(text);
            if (event.has("payload")) {
                continue; // the KSC/Vector wrapper: not the export's own line, read as a tree
            }
            ObjectNode typeFirst = JSON.createObjectNode();
            event.fieldNames().forEachRemaining(name -> {
                if (TetragonEventReader.TYPES.contains(name)) {
                    typeFirst.set(name, event.get(name));
                }
            });
            typeFirst.setAll(event);
            lines.add(typeFirst.toString());
        }
        return lines;
    }

    @Test
    void every_line_of_the_export_reads_as_the_tree_reads_it() throws Exception {
        List<String> lines = compactLines();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            JsonNode tree = JSON.readTree(line);
            SensorEvent quick = any.quickly(line);
            assertThat(quick).as(line).isNotNull().isEqualTo(any.decode(tree, ""));
            // and a whole file of such lines gives them in order, each with its own text
            assertThat(any.readAll(line + "\n" + line).events()).extracting(EventAt::event).containsExactly(quick, quick);
        }
    }

    @Test
    void a_malformed_line_is_worded_by_the_tree_reading_as_before() throws Exception {
        // given an export line whose pid is not a number
        String line = compactLines().get(0).replaceFirst("\"pid\":\\d+", "\"pid\":\"many\"");
        String indented = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(line));
        // then no quick reading is made, and the problem reads as the tree's reading of the same event words it
        assertThat(any.quickly(line)).isNull();
        List<MalformedEvent> quick = any.readAll(line).skipped();
        List<MalformedEvent> tree = any.readAll(indented).skipped();
        assertThat(quick).singleElement().satisfies(problem ->
                assertThat(problem.problem()).isEqualTo(tree.get(0).problem()).contains("pid"));
    }

    @Test
    void a_line_that_also_carries_another_sensors_key_is_left_to_the_tree() throws Exception {
        String line = compactLines().get(0);
        String withAuditId = line.substring(0, line.length() - 1) + ",\"auditID\":\"a-1\"}";
        String withRule = line.substring(0, line.length() - 1) + ",\"rule\":\"Read sensitive file\"}";
        assertThat(any.quickly(withAuditId)).isNull();
        assertThat(any.quickly(withRule)).isNull();
        assertThat(any.quickly("{ \"process_exec\": {}}")).isNull();
        String wrapped = Fixtures.text("tetragon-kprobe-wrapped.json").strip();
        assertThat(any.quickly(wrapped)).isNull();
        assertThat(any.readAll(wrapped).events()).singleElement().satisfies(event ->
                assertThat(event.event()).isInstanceOf(TetragonEvent.class));
        assertThat(any.quickly("{\"process_exec_x\":{}}")).isNull();
    }
}
