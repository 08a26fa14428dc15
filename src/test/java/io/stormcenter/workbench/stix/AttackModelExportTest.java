package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stormcenter.workbench.format.NativeFormat;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AttackModelExportTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00.123456Z");
    private final StixFormat stix = new StixFormat(Clock.fixed(NOW, ZoneOffset.UTC));

    static List<Path> samples() {
        return StixTrees.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_sample_model_survives_export_and_import_unchanged_and_passes_the_structural_check(Path sample)
            throws Exception {
        // given
        AttackTree tree = NativeFormat.fromBytes(Files.readAllBytes(sample), sample.toString()).tree();

        // when
        byte[] bundle = stix.write(tree);
        StixImport back = StixFormat.importModel(bundle, "export");

        // then
        assertThat(StixStructureCheck.problems(StixBundle.JSON.readTree(bundle))).isEmpty();
        assertThat(back.tree()).isEqualTo(tree);
        assertThat(back.oddities()).isEmpty();
    }

    @Test
    void a_tree_with_every_kind_of_edge_and_trip_wire_survives_export_and_import_unchanged() throws Exception {
        AttackTree tree = StixTrees.everyEdge();

        byte[] bundle = stix.write(tree);

        assertThat(StixStructureCheck.problems(StixBundle.JSON.readTree(bundle))).isEmpty();
        assertThat(StixFormat.importModel(bundle, "export").tree()).isEqualTo(tree);
    }

    @Test
    void ids_are_stable_for_the_same_model_and_times_are_the_export_time() throws Exception {
        AttackTree tree = StixTrees.everyEdge();
        StixFormat later = new StixFormat(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        List<String> first = ids(StixBundle.JSON.readTree(stix.write(tree)));
        List<String> second = ids(StixBundle.JSON.readTree(later.write(tree)));
        List<String> otherModel = ids(StixBundle.JSON.readTree(stix.write(tree.withId("another-model"))));

        assertThat(second).isEqualTo(first);
        assertThat(otherModel).doesNotContainAnyElementsOf(first);
        JsonNode pattern = object(StixBundle.JSON.readTree(stix.write(tree)), "attack-pattern", "SSH into checkout-ssh");
        assertThat(pattern.get("created").asText()).isEqualTo("2026-12-07T02:00:00.123Z");
        assertThat(pattern.get("modified").asText()).isEqualTo("2026-12-07T02:00:00.123Z");
        assertThat(pattern.get("spec_version").asText()).isEqualTo("2.1");
    }

    @Test
    void the_storm_center_shape_is_there_for_other_tools() throws Exception {
        JsonNode bundle = StixBundle.JSON.readTree(stix.write(StixTrees.everyEdge()));
        JsonNode set = object(bundle, "intrusion-set", "Read the API server's key");
        JsonNode goal = object(bundle, "attack-pattern", "Read apiserver.key");
        JsonNode ssh = object(bundle, "attack-pattern", "SSH into checkout-ssh");
        JsonNode pv = object(bundle, "attack-pattern", "Create a hostPath volume on /var/log");
        JsonNode logs = object(bundle, "attack-pattern", "Read the key with kubectl logs");
        JsonNode psa = object(bundle, "course-of-action", "Pod Security admission: restricted");

        // the intrusion set uses the goal; the SAND steps are chained related-to in their order
        assertThat(relationships(bundle, "uses")).contains(List.of(id(set), id(goal)));
        assertThat(relationships(bundle, "related-to")).contains(List.of(id(ssh), id(pv)), List.of(id(pv), id(logs)));
        assertThat(relationships(bundle, "mitigates")).contains(List.of(id(psa), id(pv)));
        assertThat(set.get("goals").get(0).asText()).isEqualTo("Read apiserver.key");
        // techniques: ATT&CK with its URL, the Microsoft matrix and KubeHound under their own names
        assertThat(ssh.get("external_references").toString())
                .contains("\"source_name\":\"mitre-attack\",\"url\":\"https://attack.mitre.org/techniques/T1133/\","
                        + "\"external_id\":\"T1133\"")
                .contains("\"source_name\":\"microsoft-threat-matrix-kubernetes\",\"external_id\":\"MS-TA9010\"");
        assertThat(pv.get("external_references").toString())
                .contains("\"source_name\":\"kubehound\",\"external_id\":\"CE_NSENTER\"");
        // trip-wires are indicators with STIX patterns that indicate their step
        JsonNode accept = object(bundle, "indicator", "tetragon trip-wire tw-ssh-accept");
        assertThat(accept.get("pattern").asText()).isEqualTo(
                "[process:x_tetragon_function = 'inet_csk_accept' AND process:image_ref.name = '/usr/sbin/sshd']");
        assertThat(relationships(bundle, "indicates")).contains(List.of(id(accept), id(ssh)));
        assertThat(object(bundle, "indicator", "audit trip-wire tw-logs").get("pattern").asText()).isEqualTo(
                "[x-kubernetes-api-request:verb = 'get' AND x-kubernetes-api-request:resource = 'pods'"
                        + " AND x-kubernetes-api-request:subresource = 'log'"
                        + " AND x-kubernetes-api-request:namespace = 'payments-prod']");
        assertThat(object(bundle, "indicator", "falco trip-wire tw-webhook").get("pattern").asText())
                .isEqualTo("[process:command_line MATCHES '^kubectl delete validatingwebhook.*$']");
    }

    @Test
    void a_bundle_without_our_extensions_still_reads_as_the_same_structure() throws Exception {
        // given our export with every x_ksc_ property removed, as a tool that drops custom properties would pass it on
        AttackTree tree = NativeFormat.fromBytes(Files.readAllBytes(Path.of("sample-models/ksc-kubecon-2024.json")),
                "sample").tree();
        String plain = stripCustom(new String(stix.write(tree), java.nio.charset.StandardCharsets.UTF_8));

        // when
        StixImport back = StixFormat.importModel(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plain");

        // then every attack step is still there, by name
        List<String> labels = back.tree().nodes().stream().map(io.stormcenter.workbench.model.Node::label).toList();
        tree.nodes().stream().filter(n -> n.role() == io.stormcenter.workbench.model.Role.ATTACK)
                .forEach(n -> assertThat(labels).contains(n.label()));
    }

    private static String stripCustom(String json) throws Exception {
        JsonNode bundle = StixBundle.JSON.readTree(json);
        for (JsonNode object : bundle.get("objects")) {
            List<String> custom = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("x_ksc_")) {
                    custom.add(name);
                }
            });
            ((com.fasterxml.jackson.databind.node.ObjectNode) object).remove(custom);
        }
        return bundle.toString();
    }

    static JsonNode object(JsonNode bundle, String type, String name) {
        return StreamSupport.stream(bundle.get("objects").spliterator(), false)
                .filter(o -> o.get("type").asText().equals(type) && o.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " named " + name));
    }

    static List<List<String>> relationships(JsonNode bundle, String type) {
        return StreamSupport.stream(bundle.get("objects").spliterator(), false)
                .filter(o -> o.get("type").asText().equals("relationship")
                        && o.get("relationship_type").asText().equals(type))
                .map(o -> List.of(o.get("source_ref").asText(), o.get("target_ref").asText())).toList();
    }

    private static String id(JsonNode object) {
        return object.get("id").asText();
    }

    private static List<String> ids(JsonNode bundle) {
        return StreamSupport.stream(bundle.get("objects").spliterator(), false).map(o -> o.get("id").asText()).toList();
    }
}
