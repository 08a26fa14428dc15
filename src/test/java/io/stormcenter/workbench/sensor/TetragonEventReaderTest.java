package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;

class TetragonEventReaderTest {

    private final TetragonEventReader reader = new TetragonEventReader();

    @Test
    void a_raw_kprobe_export_gives_policy_function_process_pod_and_file_argument() {
        TetragonEvent event = reader.read(Fixtures.text("tetragon-kprobe-raw.json"));

        assertThat(event.type()).isEqualTo("process_kprobe");
        assertThat(event.nodeName()).isEqualTo("worker-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-20T09:18:01.234567890Z"));
        assertThat(event.policyName()).isEqualTo("ksc-tw-read-sa-token");
        assertThat(event.functionName()).isEqualTo("security_file_permission");
        assertThat(event.action()).isEqualTo("KPROBE_ACTION_POST");
        assertThat(event.process().binary()).isEqualTo("/usr/bin/cat");
        assertThat(event.process().pid()).isEqualTo(4421);
        assertThat(event.process().parentExecId()).isEqualTo("d29ya2VyLTE6MTIzNDU2MDAwOjQ0MDA=");
        assertThat(event.podNamespace()).isEqualTo("ksc-demo");
        assertThat(event.process().pod().containerId()).isEqualTo("containerd://3ad1c9f0b2e4");
        assertThat(event.process().pod().workload()).isEqualTo("ssh-bait");
        assertThat(event.process().pod().labels()).containsExactly(Map.entry("app.kubernetes.io/name", "ssh-bait"));
        assertThat(event.args()).hasSize(2);
        assertThat(event.args().get(0).type()).isEqualTo("file_arg");
        assertThat(event.args().get(0).path()).startsWith("/run/secrets/kubernetes.io/serviceaccount/");
        assertThat(event.args().get(1).value()).isEqualTo("4");
        assertThat(event.returnValue().value()).isEqualTo("0");
    }

    @Test
    void the_vector_wrapped_shape_reads_like_the_raw_one() {
        TetragonEvent event = reader.read(Fixtures.text("tetragon-kprobe-wrapped.json"));

        assertThat(event.type()).isEqualTo("process_kprobe");
        assertThat(event.nodeName()).isEqualTo("worker-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-20T09:19:30.000000100Z"));
        assertThat(event.policyName()).isEqualTo("ksc-tw-nsenter");
        assertThat(event.functionName()).isEqualTo("__x64_sys_setns");
        assertThat(event.podNamespace()).isEqualTo("ksc-demo");
        assertThat(event.process().binary()).isEqualTo("/usr/bin/nsenter");
    }

    @Test
    void a_socket_argument_exposes_its_destination_address() {
        TetragonEvent event = reader.read(Fixtures.text("tetragon-connect-raw.json"));

        assertThat(event.args().get(0).destinationAddress()).isEqualTo("10.43.0.1");
        assertThat(event.args().get(0).value()).isEqualTo("10.43.0.1");
        assertThat(event.args().get(0).fields()).containsEntry("dport", "443");
    }

    @Test
    void an_exec_event_has_a_process_and_no_policy() {
        TetragonEvent event = reader.read("{\"process_exec\":{\"process\":{\"binary\":\"/bin/sh\",\"pod\":{\"namespace\":\"x\"}}},"
                + "\"node_name\":\"n\",\"time\":\"2026-11-20T09:00:00Z\"}");

        assertThat(event.type()).isEqualTo("process_exec");
        assertThat(event.policyName()).isNull();
        assertThat(event.process().binary()).isEqualTo("/bin/sh");
    }

    @Test
    void the_login_user_id_is_kept_when_a_login_set_it_and_left_out_when_unset() {
        // given the kprobe of the raw export as Tetragon writes it (auid 4294967295: no login), and the same
        // event of a process an SSH login started (auid 1000, kept through sudo)
        String unset = Fixtures.text("tetragon-kprobe-raw.json");
        String loggedIn = unset.replace("\"auid\":4294967295", "\"auid\":1000");

        // when both are read
        TetragonEvent daemon = reader.read(unset);
        TetragonEvent login = reader.read(loggedIn);

        // then
        assertThat(daemon.process().auid()).isNull();
        assertThat(login.process().auid()).isEqualTo("1000");
        assertThatThrownBy(() -> reader.read(unset.replace("\"auid\":4294967295", "\"auid\":\"root\"")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("process_kprobe.process.auid");
    }

    @Test
    void zero_or_two_event_types_and_unknown_wrapped_types_are_refused() {
        assertThatThrownBy(() -> reader.read("{\"node_name\":\"n\"}"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("Tetragon event: no event type: expected exactly one of");
        assertThatThrownBy(() -> reader.read("{\"process_exec\":{},\"process_kprobe\":{}}"))
                .hasMessageContaining("more than one event type");
        assertThatThrownBy(() -> reader.read("{\"type\":\"process_magic\",\"payload\":{}}"))
                .hasMessageStartingWith("Tetragon event field 'type': unknown event type");
        assertThatThrownBy(() -> reader.read("{\"process_kprobe\":{\"args\":[{\"label\":\"x\"}]}}"))
                .hasMessage("Tetragon event field 'process_kprobe.args[0]': no '*_arg' field (e.g. string_arg, file_arg, sock_arg)");
    }

    @Test
    void a_line_read_alone_gives_the_same_event_as_the_same_line_read_from_a_file() {
        // given the export (two good lines, a line that is not JSON, one with two event types), and the three
        // single events, each also as an item of a list
        String export = Fixtures.text("tetragon-export.jsonl");
        List<String> singles = List.of(Fixtures.text("tetragon-kprobe-raw.json"),
                Fixtures.text("tetragon-kprobe-wrapped.json"), Fixtures.text("tetragon-connect-raw.json"));
        // when each is read from a string (token by token) and from a file's text (a tree walked)
        List<TetragonEvent> fromLines = new java.util.ArrayList<>();
        List<String> lineProblems = new java.util.ArrayList<>();
        export.lines().forEach(line -> {
            try {
                fromLines.add(reader.read(line));
            } catch (MalformedEventException e) {
                lineProblems.add(e.getMessage());
            }
        });
        EventBatch<TetragonEvent> fromFile = reader.readAll(export);
        List<TetragonEvent> alone = singles.stream().map(reader::read).toList();
        List<TetragonEvent> listed = reader.readAll("{\"kind\":\"List\",\"items\":[" + String.join(",", singles)
                + "]}").events().stream().map(EventAt::event).toList();
        // then
        assertThat(fromLines).hasSize(2).isEqualTo(fromFile.events().stream().map(EventAt::event).toList());
        assertThat(lineProblems).hasSize(2);
        assertThat(fromFile.skipped()).hasSize(2);
        assertThat(fromFile.skipped().get(1).problem()).isEqualTo(lineProblems.get(1))
                .contains("more than one event type [process_exec, process_exit]");
        assertThat(alone).hasSize(3).isEqualTo(listed);
        assertThat(fromLines.get(0).process().pod().labels()).isNotEmpty();
    }

    @Test
    void a_field_of_the_wrong_kind_is_named_by_its_path_in_either_way_of_reading() {
        // given a kprobe whose pod is a string and one whose pid is a word
        String raw = Fixtures.text("tetragon-kprobe-raw.json");
        String podText = raw.replaceFirst("\"pod\":\\{", "\"pod\":\"x\",\"was\":{");
        String pidWord = raw.replace("\"pid\":4421", "\"pid\":\"many\"");
        // when / then
        for (String broken : List.of(podText, pidWord)) {
            String alone = messageOf(() -> reader.read(broken));
            String inFile = reader.readAll(broken).skipped().get(0).problem();
            assertThat(inFile).isEqualTo(alone);
        }
        assertThat(messageOf(() -> reader.read(podText)))
                .isEqualTo("Tetragon event field 'process_kprobe.process.pod': expected an object, found a string");
        assertThat(messageOf(() -> reader.read(pidWord)))
                .isEqualTo("Tetragon event field 'process_kprobe.process.pid': expected an integer, found a string");
    }

    @Test
    void a_syntax_error_is_placed_in_characters_as_ever_though_ascii_text_is_parsed_as_bytes() {
        // given an exponent without digits (Jackson's byte parser would place it three columns on), and a
        // line with multi-byte characters before the error (a byte count would place it two columns on)
        String exponent = "{\"process_kprobe\":{\"policy_name\":1.5eksc}}";
        String accented = "{\"process_exec\":{\"process\":{\"binary\":\"/opt/caf\u00e9/\uD83D\uDE00\"}} x,"
                + "\"time\":\"2026-11-20T09:00:00Z\"}";
        // when / then
        assertThat(messageOf(() -> reader.read(exponent))).isEqualTo("Tetragon event: not valid JSON (line 1, column 35)");
        assertThat(messageOf(() -> reader.read(accented))).isEqualTo("Tetragon event: not valid JSON (line 1, column 55)");
        assertThat(messageOf(() -> reader.read("\uFEFF" + Fixtures.text("tetragon-kprobe-raw.json"))))
                .as("a byte order mark, which the byte parser would drop").isEqualTo("Tetragon event: not valid JSON (line 1, column 1)");
    }

    @Test
    void characters_beyond_ascii_are_read_as_written_even_a_lone_surrogate() {
        // given binaries with an accent, an emoji (a surrogate pair) and a lone surrogate, which UTF-8 cannot hold
        String template = "{\"process_exec\":{\"process\":{\"binary\":\"%s\"}},\"time\":\"2026-11-20T09:00:00Z\"}";
        List<String> binaries = List.of("/opt/caf\u00e9/run", "/opt/\uD83D\uDE00", "/tmp/x\uD800y");

        // when
        List<String> read = binaries.stream().map(b -> reader.read(template.formatted(b)).process().binary()).toList();

        // then
        assertThat(read).isEqualTo(binaries);
    }

    @Test
    void lines_read_one_after_another_do_not_disturb_each_other_whatever_is_wrong_with_one() throws Exception {
        // given good lines, and between them lines cut short, with more after the event, of another
        // kind of value, with white space after the event, and one longer than the parser's buffer
        String good = "{\"process_exec\":{\"process\":{\"binary\":\"/bin/%s\",\"pid\":%d}},"
                + "\"node_name\":\"worker-1\",\"time\":\"2026-11-20T09:00:0%dZ\"}";
        String longArgument = "{\"process_kprobe\":{\"policy_name\":\"p\",\"args\":[{\"string_arg\":\""
                + "x".repeat(50_000) + "\"}],\"process\":{\"binary\":\"/bin/long\"}},\"time\":\"2026-11-20T09:00:00Z\"}";
        List<String> lines = List.of(good.formatted("a", 1, 1),
                "{\"process_exec\":{\"process\":{\"binary\":\"/bin/cut",
                good.formatted("b", 2, 2),
                good.formatted("c", 3, 3) + "{\"process_exec\":{}}",
                good.formatted("d", 4, 4),
                "[1,2]",
                good.formatted("e", 5, 5) + " \t\r\n ",
                longArgument,
                good.formatted("f", 6, 6),
                good.formatted("g", 7, 7) + " x",
                "{\"process_exec\":",
                good.formatted("h", 8, 8));
        // when read in turn on this thread, and each alone on a thread of its own
        List<String> inTurn = lines.stream().map(line -> outcome(reader, line)).toList();
        List<String> alone = new java.util.ArrayList<>();
        for (String line : lines) {
            Thread fresh = new Thread(() -> alone.add(outcome(new TetragonEventReader(), line)));
            fresh.start();
            fresh.join();
        }
        // then each line gives what it gives alone: its event, or the same problem
        assertThat(inTurn).isEqualTo(alone);
        assertThat(inTurn).containsExactly("/bin/a 1", "Tetragon event: not valid JSON (line 1, column 47)",
                "/bin/b 2", "Tetragon event: more than one JSON value (line 1): read a file of several events with "
                        + "readAll or stream", "/bin/d 4", "Tetragon event: expected a JSON object, found an array",
                "/bin/e 5", "/bin/long 50000", "/bin/f 6", "Tetragon event: not valid JSON (line 1, column 111)",
                "Tetragon event: not valid JSON (line 1, column 17)", "/bin/h 8");
    }

    @Test
    void a_threads_parser_is_renewed_after_many_lines_and_reads_on_the_same() {
        String line = "{\"process_exec\":{\"process\":{\"binary\":\"/bin/sh\",\"pid\":%d}},\"time\":\"2026-11-20T09:00:00Z\"}";
        int lines = TetragonEventReader.linesPerParser() + 3;
        long pids = 0;
        for (int pid = 1; pid <= lines; pid++) {
            pids += reader.read(line.formatted(pid)).process().pid();
        }
        assertThat(pids).isEqualTo((long) lines * (lines + 1) / 2);
    }

    /** The event's binary and its pid (or its only argument's length), or the problem's wording. */
    private static String outcome(TetragonEventReader reader, String line) {
        try {
            TetragonEvent event = reader.read(line);
            return event.process().binary() + " " + (event.args().isEmpty() ? event.process().pid()
                    : event.args().get(0).value().length());
        } catch (MalformedEventException e) {
            return e.getMessage();
        }
    }

    private static String messageOf(Runnable reading) {
        try {
            reading.run();
        } catch (MalformedEventException e) {
            return e.getMessage();
        }
        throw new AssertionError("no MalformedEventException");
    }

    @Test
    void the_parent_process_is_skipped_unread() {
        // given an event whose parent says its pid in words (the reader would refuse that in the process)
        String line = Fixtures.text("tetragon-kprobe-raw.json").replace("\"pid\":4400", "\"pid\":\"four thousand\"");
        assertThat(line).contains("four thousand");
        // when
        TetragonEvent event = reader.read(line);
        // then the event is read all the same: nothing the workbench keeps comes from the parent
        assertThat(event.process().binary()).isEqualTo("/usr/bin/cat");
        assertThat(event.process().parentExecId()).isEqualTo("d29ya2VyLTE6MTIzNDU2MDAwOjQ0MDA=");
    }
}
