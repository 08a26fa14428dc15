package io.stormcenter.workbench.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeFormatTest {

    @Test
    void every_field_survives_a_save_and_a_load() throws Exception {
        AttackTree tree = TestTrees.everyField();

        ReadResult read = NativeFormat.fromJson(NativeFormat.toJson(tree), "t.json");

        assertThat(read.tree()).isEqualTo(tree);
        assertThat(read.warnings()).isEmpty();
        Node ssh = read.tree().node("ssh-bait");
        assertThat(ssh.estimates().rationale()).isEqualTo("root/root SSH is found by mass scanners");
        assertThat(ssh.estimates().confidence()).isEqualTo(5.0);
        assertThat(ssh.tripwires().get(0).params()).containsEntry("binary", "/usr/sbin/sshd");
        assertThat(read.tree().node("guess-key").estimates().probability()).isEqualTo(1.0E-9);
    }

    @Test
    void output_has_one_canonical_layout_with_sorted_params_and_no_empty_fields() {
        AttackTree tree = new AttackTree("t", "T", "", "a", List.of(
                Node.attack("a", "A").withGate(Gate.AND).withChildren(List.of("b")).withImpact(1000.0),
                Node.attack("b", "B").withEstimates(new Estimates(0.5, 4.0, 20.0,
                                1.5, 2, "why"))
                        .withTripwires(List.of(new Tripwire("tw-b",
                                TripwireKind.TETRAGON,
                                Map.of("path", "/etc", "function", "security_file_open"))))));

        String json = NativeFormat.toJson(tree);

        assertThat(json).isEqualTo("""
                {
                  "format": "ksc-attack-tree",
                  "version": 1,
                  "id": "t",
                  "title": "T",
                  "root": "a",
                  "nodes": [
                    {
                      "id": "a",
                      "label": "A",
                      "role": "attack",
                      "gate": "AND",
                      "children": ["b"],
                      "impact": 1000
                    },
                    {
                      "id": "b",
                      "label": "B",
                      "role": "attack",
                      "estimates": {
                        "probability": 0.5,
                        "confidence": 4,
                        "cost": 20,
                        "timeHours": 1.5,
                        "skill": 2,
                        "rationale": "why"
                      },
                      "tripwires": [
                        {
                          "id": "tw-b",
                          "kind": "tetragon",
                          "params": {
                            "function": "security_file_open",
                            "path": "/etc"
                          }
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void a_label_edit_changes_exactly_one_line() {
        AttackTree before = TestTrees.everyField();
        AttackTree after = before.withNode(before.node("read-token").withLabel("Read the service account token"));

        List<String> old = NativeFormat.toJson(before).lines().toList();
        List<String> changed = NativeFormat.toJson(after).lines().toList();

        assertThat(changed).hasSameSizeAs(old);
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (!old.get(i).equals(changed.get(i))) {
                differing.add(i);
            }
        }
        assertThat(differing).hasSize(1);
        assertThat(changed.get(differing.get(0))).contains("\"label\": \"Read the service account token\"");
    }

    @Test
    void output_ends_with_a_newline_and_writing_twice_gives_the_same_text() throws Exception {
        String once = NativeFormat.toJson(TestTrees.everyField());

        String twice = NativeFormat.toJson(NativeFormat.fromJson(once, "t.json").tree());

        assertThat(once).endsWith("}\n").doesNotEndWith("\n\n");
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void a_newer_version_is_refused_with_a_clear_message() {
        String json = "{\"format\": \"ksc-attack-tree\",\n \"version\": 3, \"id\": \"x\", \"root\": \"a\","
                + " \"nodes\": []}";

        assertThatThrownBy(() -> NativeFormat.fromJson(json, "future.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("future.json:2:")
                .hasMessageContaining("version 3")
                .hasMessageContaining("reads versions 1 to 2");
    }

    @Test
    void a_defence_status_survives_a_save_and_makes_the_file_version_2() throws Exception {
        // given a tree with a proposed defence and an in-place one
        AttackTree tree = new AttackTree("t", "T", "", "goal", List.of(
                Node.attack("goal", "Goal").withChildren(List.of("a", "b")),
                Node.attack("a", "A").withChildren(List.of("d1")),
                Node.attack("b", "B").withChildren(List.of("d2")),
                Node.defence("d1", "Rotate keys").withStatus(DefenceStatus.PROPOSED),
                Node.defence("d2", "Audit logging").withStatus(DefenceStatus.IN_PLACE)));

        // when it is written and read back
        String json = NativeFormat.toJson(tree);
        AttackTree back = NativeFormat.fromJson(json, "t.json").tree();

        // then the statuses come back and the file says version 2
        assertThat(json).contains("\"version\": 2").contains("\"status\": \"proposed\"");
        assertThat(back.node("d1").status()).isEqualTo(DefenceStatus.PROPOSED);
        assertThat(back.node("d2").status()).isEqualTo(DefenceStatus.IN_PLACE);
    }

    @Test
    void a_tree_without_defence_statuses_is_still_written_as_version_1() {
        String json = NativeFormat.toJson(TestTrees.everyField());

        assertThat(json).contains("\"version\": 1,");
    }

    @Test
    void another_format_is_refused() {
        assertThatThrownBy(() -> NativeFormat.fromJson("{\"format\": \"stix-bundle\", \"version\": 1}", "x.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("not a KSC attack tree")
                .hasMessageContaining("stix-bundle");
        assertThatThrownBy(() -> NativeFormat.fromJson("{\"id\": \"x\", \"root\": \"a\", \"nodes\": []}", "x.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("\"format\": \"ksc-attack-tree\" field is missing");
        assertThatThrownBy(() -> NativeFormat.fromJson("[1, 2]", "x.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("a model file is a JSON object");
    }

    @Test
    void an_adtool_file_with_a_json_name_is_recognised_as_xml() {
        String xml = AdToolFormat.toXml(TestTrees.chain(2));

        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> NativeFormat.fromBytes(bytes, "m.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("this looks like XML")
                .hasMessageContaining(".xml");
    }

    @Test
    void malformed_json_is_reported_at_its_line_and_column() {
        String json = """
                {
                  "format": "ksc-attack-tree",
                  "version": 1,
                  "id": "x",
                  "root": "a",
                  "nodes": [
                    { "id": "a", "label": "A", }
                  ]
                }
                """;

        assertThatThrownBy(() -> NativeFormat.fromJson(json, "broken.json"))
                .isInstanceOfSatisfying(ModelFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.column()).isEqualTo(32);
                    assertThat(e.source()).isEqualTo("broken.json");
                    assertThat(e.getMessage()).startsWith("broken.json:7:32: the file is not valid JSON");
                });
    }

    @Test
    void an_unknown_gate_names_the_node_and_the_place() {
        String json = model("""
                    { "id": "a", "label": "A",
                      "gate": "XOR" }""");

        assertThatThrownBy(() -> NativeFormat.fromJson(json, "m.json"))
                .isInstanceOfSatisfying(ModelFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(11);
                    assertThat(e.getMessage()).contains("node 'a': unknown gate 'XOR' (expected OR, AND or SAND)");
                });
    }

    @Test
    void a_probability_that_is_not_a_number_is_refused() {
        String json = model("""
                    { "id": "a", "estimates": { "probability": "high" } }""");

        assertThatThrownBy(() -> NativeFormat.fromJson(json, "m.json"))
                .isInstanceOfSatisfying(ModelFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage())
                            .contains("node 'a': estimates.probability must be a number, found \"high\"");
                });
    }

    @Test
    void a_node_without_id_is_refused_at_the_node() {
        String json = model("""
                    { "id": "a", "children": ["b"] },
                    { "label": "Second" }""");

        assertThatThrownBy(() -> NativeFormat.fromJson(json, "m.json"))
                .isInstanceOfSatisfying(ModelFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("node #2 ('Second') has no \"id\"");
                });
    }

    @Test
    void a_skill_with_a_fraction_and_an_unknown_tripwire_kind_are_refused() {
        String fraction = model("{ \"id\": \"a\", \"estimates\": { \"skill\": 2.5 } }");
        assertThatThrownBy(() -> NativeFormat.fromJson(fraction, "m"))
                .hasMessageContaining("estimates.skill must be a whole number, found 2.5");
        assertThatThrownBy(() -> NativeFormat.fromJson(model(
                "{ \"id\": \"a\", \"tripwires\": [ { \"id\": \"t\", \"kind\": \"laser\" } ] }"), "m"))
                .hasMessageContaining("unknown trip-wire kind 'laser'");
    }

    @Test
    void duplicate_keys_are_refused() {
        String twice = model("{ \"id\": \"a\", \"label\": \"x\", \"label\": \"y\" }");

        assertThatThrownBy(() -> NativeFormat.fromJson(twice, "m"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("node 'a': the field \"label\" appears twice");
    }

    @Test
    void unknown_fields_are_skipped_with_a_warning_that_names_them() throws Exception {
        ReadResult read = NativeFormat.fromJson(model("{ \"id\": \"a\", \"colour\": {\"r\": 1} }"), "m.json");

        assertThat(read.tree().node("a")).isNotNull();
        assertThat(read.warnings()).singleElement().asString()
                .contains("m.json:2:").contains("node 'a': unknown field 'colour' ignored");
    }

    @Test
    void a_broken_tree_still_opens_so_that_it_can_be_mended() throws Exception {
        String json = model("""
                    { "id": "a", "children": ["missing"], "estimates": { "probability": 7 } }""");

        ReadResult read = NativeFormat.fromJson(json, "m.json");

        assertThat(read.tree().node("a").estimates().probability()).isEqualTo(7.0);
        assertThat(read.tree().node("a").children()).containsExactly("missing");
    }

    @Test
    void a_chain_100000_levels_deep_writes_and_reads() throws Exception {
        AttackTree chain = TestTrees.chain(100_000);

        byte[] bytes = NativeFormat.toBytes(chain);
        AttackTree read = NativeFormat.fromBytes(bytes, "chain.json").tree();

        assertThat(read).isEqualTo(chain);
        assertThat(read.node("n99999").estimates().probability()).isEqualTo(0.5);
    }

    @Test
    void a_generated_tree_of_10000_nodes_round_trips() throws Exception {
        AttackTree tree = TestTrees.random(10_000, 42);

        AttackTree read = NativeFormat.fromBytes(NativeFormat.toBytes(tree), "big.json").tree();

        assertThat(read).isEqualTo(tree);
    }

    private static String model(String nodes) {
        return "{ \"format\": \"ksc-attack-tree\", \"version\": 1, \"id\": \"m\", \"root\": \"a\", \"nodes\": [\n"
                + nodes + "\n] }";
    }
}
