package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shapes of a kprobe's arguments, return value and pod labels as Tetragon writes them, read from
 * tokens: each gives what a tree of it gave (an object argument's compact JSON, its fields as text),
 * alone and as an item of a list (a tree walked), and a malformed one is named by its path.
 */
class TetragonArgumentShapesTest {

    private final TetragonEventReader reader = new TetragonEventReader();

    /** A cap_capable kprobe as Tetragon's docs show it (privileged execution), in the deployment's names. */
    private static String capCapable(String args, String returned) {
        return "{\"process_kprobe\":{\"process\":{\"exec_id\":\"d29ya2VyLTE6MTIzOjQ0MjE=\",\"pid\":4421,"
                + "\"binary\":\"/usr/bin/nsenter\",\"pod\":{\"namespace\":\"ksc-demo\",\"name\":\"ssh-bait\"}},"
                + "\"function_name\":\"cap_capable\",\"args\":" + args + ",\"return\":" + returned + ","
                + "\"action\":\"KPROBE_ACTION_POST\"},\"node_name\":\"worker-1\",\"time\":\"2026-11-20T09:20:00Z\"}";
    }

    private static final String USER_NS = "{\"user_ns_arg\":{\"level\":0,\"uid\":0,\"gid\":0,"
            + "\"ns\":{\"inum\":4026531837,\"is_host\":true}}}";
    private static final String CAPABILITY = "{\"capability_arg\":{\"value\":21,\"name\":\"CAP_SYS_ADMIN\"}}";

    @Test
    void an_object_argument_without_path_or_address_is_its_compact_json_with_nested_values_as_json() {
        // given a user namespace (a nested object) and a capability, neither with a path or a destination
        String json = capCapable("[" + USER_NS + "," + CAPABILITY + "]", "{\"int_arg\":-1}");

        // when
        TetragonEvent event = reader.read(json);

        // then
        assertThat(event.args()).containsExactly(
                new TetragonArg("user_ns_arg", "{\"level\":0,\"uid\":0,\"gid\":0,\"ns\":{\"inum\":4026531837,\"is_host\":true}}",
                        Map.of("level", "0", "uid", "0", "gid", "0", "ns", "{\"inum\":4026531837,\"is_host\":true}")),
                new TetragonArg("capability_arg", "{\"value\":21,\"name\":\"CAP_SYS_ADMIN\"}",
                        Map.of("value", "21", "name", "CAP_SYS_ADMIN")));
        assertThat(event.returnValue()).isEqualTo(new TetragonArg("int_arg", "-1", Map.of()));
        assertThat(event).isEqualTo(asListItem(json));
    }

    @Test
    void scalars_inside_an_object_argument_are_written_back_as_a_tree_writes_them() {
        // given a truncated buffer (as the book's read kprobe has it) with the scalars JSON allows beside its size
        String json = capCapable("[{\"truncated_bytes_arg\":{\"orig_size\":\"65536\",\"bytes_arg\":null,"
                + "\"ratio\":1.50,\"zero\":-0,\"big\":18446744073709551615,\"kept\":false,\"note\":\"tab\\there\"}}]", "null");

        // when
        TetragonArg arg = reader.read(json).args().get(0);

        // then the fraction and the negative zero are rewritten, the rest kept, a string escaped again
        assertThat(arg.value()).isEqualTo("{\"orig_size\":\"65536\",\"bytes_arg\":null,\"ratio\":1.5,\"zero\":0,"
                + "\"big\":18446744073709551615,\"kept\":false,\"note\":\"tab\\there\"}");
        assertThat(arg.fields()).containsOnly(Map.entry("orig_size", "65536"), Map.entry("bytes_arg", "null"),
                Map.entry("ratio", "1.5"), Map.entry("zero", "0"), Map.entry("big", "18446744073709551615"),
                Map.entry("kept", "false"), Map.entry("note", "tab\there"));
        assertThat(reader.read(json)).isEqualTo(asListItem(json));
    }

    @Test
    void a_label_beside_the_argument_is_passed_over_and_a_file_or_socket_is_named_by_path_or_address() {
        // given a labelled file argument (path last), a labelled integer, and a socket
        String json = capCapable("[{\"label\":\"file\",\"file_arg\":{\"permission\":\"-rw-r--r--\",\"path\":\"/etc/shadow\"}},"
                + "{\"int_arg\":4,\"label\":\"mask\"},{\"sock_arg\":{\"family\":\"AF_INET\",\"saddr\":\"10.42.0.17\","
                + "\"daddr\":\"10.43.0.1\",\"sport\":40112,\"dport\":443}}]", "{\"sock_arg\":{\"daddr\":\"10.43.0.1\",\"path\":\"/x\"}}");

        // when
        TetragonEvent event = reader.read(json);

        // then
        assertThat(event.args()).extracting(TetragonArg::type, TetragonArg::value).containsExactly(
                tuple("file_arg", "/etc/shadow"), tuple("int_arg", "4"),
                tuple("sock_arg", "10.43.0.1"));
        assertThat(event.args().get(0).fields()).isEqualTo(Map.of("permission", "-rw-r--r--", "path", "/etc/shadow"));
        assertThat(event.args().get(2).fields()).containsEntry("dport", "443").containsEntry("sport", "40112");
        assertThat(event.returnValue().value()).as("a path wins over an address").isEqualTo("/x");
        assertThat(event).isEqualTo(asListItem(json));
    }

    @Test
    void an_array_argument_is_its_json_and_a_key_written_twice_keeps_its_last_value() {
        // given an argument whose value is an array, and one whose *_arg key is written twice around another
        String json = capCapable("[{\"bytes_arg\":[1,\"a\",{\"b\":null}]},{\"int_arg\":1,\"string_arg\":\"s\",\"int_arg\":2}]",
                "{\"int_arg\":0}");

        // when
        List<TetragonArg> args = reader.read(json).args();

        // then
        assertThat(args).containsExactly(new TetragonArg("bytes_arg", "[1,\"a\",{\"b\":null}]", Map.of()),
                new TetragonArg("int_arg", "2", Map.of()));
        assertThat(reader.read(json)).isEqualTo(asListItem(json));
    }

    @Test
    void integer_arguments_around_the_shared_small_numbers_are_written_as_their_digits() {
        // given integers below, at the edges of and beyond 0..255, a long and one past a long
        String json = capCapable("[{\"int_arg\":-1},{\"int_arg\":0},{\"int_arg\":255},{\"int_arg\":256},"
                + "{\"size_arg\":4294967296},{\"size_arg\":18446744073709551615}]", "{\"int_arg\":-0}");

        // when
        TetragonEvent event = reader.read(json);

        // then each is its canonical digits, as a tree's text of it
        assertThat(event.args()).extracting(TetragonArg::value)
                .containsExactly("-1", "0", "255", "256", "4294967296", "18446744073709551615");
        assertThat(event.returnValue().value()).isEqualTo("0");
    }

    @Test
    void a_null_return_and_null_args_are_none() {
        TetragonEvent event = reader.read(capCapable("null", "null"));

        assertThat(event.args()).isEmpty();
        assertThat(event.returnValue()).isNull();
    }

    @Test
    void pod_labels_keep_every_non_null_value_as_text() {
        // given labels with the value kinds JSON allows (Kubernetes writes strings; a pipeline may not)
        String json = "{\"process_exec\":{\"process\":{\"binary\":\"/bin/sh\",\"pod\":{\"namespace\":\"ksc-demo\","
                + "\"pod_labels\":{\"app\":\"ssh-bait\",\"replicas\":3,\"canary\":true,\"gone\":null,\"extra\":{\"a\":[1]},"
                + "\"app\":\"ssh\"}}}},\"node_name\":\"worker-1\",\"time\":\"2026-11-20T09:00:00Z\"}";

        // when
        TetragonEvent event = reader.read(json);

        // then
        assertThat(event.process().pod().labels()).isEqualTo(Map.of("app", "ssh", "replicas", "3", "canary", "true",
                "extra", "{\"a\":[1]}"));
        assertThat(event).isEqualTo(asListItem(json));
        assertThat(reader.read(json.replaceFirst("\\{\"app\".*\"ssh\"}", "null")).process().pod().labels()).isEmpty();
        assertThatThrownBy(() -> reader.read(json.replaceFirst("\\{\"app\".*\"ssh\"}", "[\"app\"]")))
                .hasMessage("Tetragon event field 'process_exec.process.pod.pod_labels': expected an object, found an array");
    }

    @Test
    void a_malformed_argument_is_named_by_its_path_alone_in_a_list_and_inside_a_wrapper() {
        // given an argument that is a number, one without a *_arg key, and a return that is a string
        String number = capCapable("[" + CAPABILITY + ",4]", "null");
        String unkeyed = capCapable("[{\"label\":\"x\",\"arg\":1}]", "null");
        String stringReturn = capCapable("[]", "\"0\"");
        String wrapped = "{\"time\":\"2026-11-20T09:20:00Z\",\"node_name\":\"worker-1\",\"type\":\"process_kprobe\","
                + "\"payload\":{\"process_kprobe\":{\"function_name\":\"cap_capable\",\"args\":[{\"label\":\"x\"}]}}}";

        // when / then
        assertThat(messageOf(number)).isEqualTo("Tetragon event field 'process_kprobe.args[1]': expected an object, found a number");
        assertThat(messageOf(unkeyed))
                .isEqualTo("Tetragon event field 'process_kprobe.args[0]': no '*_arg' field (e.g. string_arg, file_arg, sock_arg)");
        assertThat(messageOf(stringReturn)).isEqualTo("Tetragon event field 'process_kprobe.return': expected an object, found a string");
        assertThat(messageOf(wrapped)).isEqualTo(
                "Tetragon event field 'payload.process_kprobe.args[0]': no '*_arg' field (e.g. string_arg, file_arg, sock_arg)");
        assertThat(reader.readAll("{\"kind\":\"List\",\"items\":[" + capCapable("[]", "null") + "," + number + "]}")
                .skipped()).singleElement().satisfies(skipped -> assertThat(skipped.problem())
                .isEqualTo("Tetragon event field 'items[1].process_kprobe.args[1]': expected an object, found a number"));
        assertThat(reader.readAll(wrapped).skipped().get(0).problem()).isEqualTo(messageOf(wrapped));
    }

    @Test
    void a_broken_argument_is_not_valid_json_before_it_is_not_an_object() {
        // given an argument that is an array broken after its first item
        String broken = capCapable("[[1,", "null");

        assertThat(messageOf(broken)).startsWith("Tetragon event: not valid JSON (line 1, column ");
    }

    private TetragonEvent asListItem(String json) {
        EventBatch<TetragonEvent> batch = reader.readAll("{\"kind\":\"List\",\"items\":[" + json + "]}");
        assertThat(batch.skipped()).isEmpty();
        return batch.events().get(0).event();
    }

    private String messageOf(String json) {
        try {
            reader.read(json);
        } catch (MalformedEventException e) {
            return e.getMessage();
        }
        throw new AssertionError("no MalformedEventException");
    }
}
