package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.honeycluster.TripwireCatalogue;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeValidator;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Bundles in the Storm Center's attack-model shape, written for the project, bends and all. */
class ThreatIntelImportTest {

    @Test
    void an_intrusion_sets_related_to_chain_becomes_a_sand_sequence_under_its_goal() throws Exception {
        // given KSC's shape: non-UUID ids, no created/modified, goals, a spec_version on the bundle
        StixImport imported = StixFormat.importModel(resource("ksc-attack-model.json"), "ksc");
        AttackTree tree = imported.tree();

        // then
        Node goal = tree.root();
        assertThat(goal.label()).isEqualTo("Read the API server key through kubectl logs");
        assertThat(goal.gate()).isEqualTo(Gate.SAND);
        assertThat(goal.description()).endsWith("Goals: Access to the node filesystem;"
                + " Extraction of /etc/kubernetes/pki/apiserver.key");
        assertThat(tree.children(goal.id()).stream().map(Node::label)).containsExactly(
                "SSH into the checkout-ssh pod", "Create a hostPath PersistentVolume on /var/log",
                "Symlink a pod log to apiserver.key", "Read the key with kubectl logs");
        assertThat(TreeValidator.hasErrors(TreeValidator.validate(tree))).isFalse();
    }

    @Test
    void indicators_become_trip_wires_where_their_pattern_names_what_our_sensors_see() throws Exception {
        AttackTree tree = StixFormat.importModel(resource("ksc-attack-model.json"), "ksc").tree();

        Tripwire pv = only(step(tree, "Create a hostPath PersistentVolume on /var/log"));
        Tripwire symlink = only(step(tree, "Symlink a pod log to apiserver.key"));
        Tripwire logs = only(step(tree, "Read the key with kubectl logs"));
        Node ssh = step(tree, "SSH into the checkout-ssh pod");

        assertThat(pv.kind()).isEqualTo(TripwireKind.AUDIT);
        assertThat(pv.params()).containsEntry("verbs", "create").containsEntry("resource", "persistentvolumes");
        assertThat(symlink.kind()).isEqualTo(TripwireKind.TETRAGON);
        assertThat(symlink.params()).containsEntry("function", "security_path_symlink").containsEntry("binary", "/usr/bin/ln");
        assertThat(logs.kind()).isEqualTo(TripwireKind.FALCO);
        assertThat(logs.params()).containsEntry("rule", "Kubectl Logs Command Execution")
                .containsEntry("condition", "spawned_process and proc.cmdline glob \"kubectl logs *\"");
        // the network pattern maps to no sensor of ours: it stays with the step as a note
        assertThat(ssh.tripwires()).isEmpty();
        assertThat(ssh.notes()).isEqualTo("STIX indicator 'Unusual SSH login to checkout-ssh' (stix):"
                + " [network-traffic:protocols[*] = 'ssh' AND network-traffic:dst_port = 22]");
        // ATT&CK references become tags; CAPEC is not a technique catalogue of ours
        assertThat(ssh.techniques()).containsExactly("T1133");
        // and every trip-wire is one the honeycluster compiler accepts
        TripwireCatalogue catalogue = new TripwireCatalogue();
        for (Node node : tree.nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                assertThat(catalogue.parse(node.id(), tripwire).ok()).as(tripwire.toString()).isTrue();
            }
        }
    }

    @Test
    void what_bends_the_specification_is_listed() throws Exception {
        List<String> odd = StixFormat.importModel(resource("ksc-attack-model.json"), "ksc").oddities();

        assertThat(odd).anyMatch(l -> l.startsWith("ids that are not type--UUID: bundle--payments-prod-hostpath,"));
        assertThat(odd).anyMatch(l -> l.startsWith("objects without created: intrusion-set--payments-prod-logs"));
        assertThat(odd).anyMatch(l -> l.startsWith("bundles with spec_version (a STIX 2.0 property)"));
        assertThat(odd).contains("properties the specification does not define (kept out): attack-pattern.severity");
        assertThat(odd).anyMatch(l -> l.startsWith("indicators mapped with an assumption: 'HostPath PV Creation'"));
    }

    @Test
    void an_array_of_bundles_with_two_intrusion_sets_becomes_two_or_branches() throws Exception {
        StixImport imported = StixFormat.importModel(resource("two-bundles.json"), "two");
        AttackTree tree = imported.tree();

        assertThat(tree.root().gate()).isEqualTo(Gate.OR);
        assertThat(tree.children(tree.rootId()).stream().map(Node::label)).containsExactly(
                "Escape the payments-prod bait with nsenter", "Enumerate payments-prod from a stolen token");
        Node nsenter = step(tree, "Escape from Container Using nsenter");
        assertThat(nsenter.techniques()).containsExactly("T1611");
        assertThat(only(nsenter).params()).containsEntry("condition",
                "spawned_process and proc.cmdline glob \"/usr/bin/nsenter --mount=/proc/1/ns/mnt*\"");
        // the course of action that mitigates it is its defence
        assertThat(tree.counter(nsenter.id()).map(Node::label)).contains("Forbid privileged pods in payments-prod");
        assertThat(tree.counter(nsenter.id()).map(Node::role)).contains(Role.DEFENCE);
        Node enumerate = tree.children(tree.rootId()).get(1);
        assertThat(enumerate.gate()).isEqualTo(Gate.SAND);
        assertThat(only(step(tree, "List pods in every namespace")).params())
                .containsEntry("verbs", "list").containsEntry("resource", "pods");
        assertThat(imported.oddities()).anyMatch(l -> l.startsWith("several bundles in one file"))
                .anyMatch(l -> l.startsWith("objects without modified: intrusion-set--9c1f5e2a"))
                .anyMatch(l -> l.startsWith("ids that are not type--UUID: bundle--MITRE1613"));
        assertThat(TreeValidator.hasErrors(TreeValidator.validate(tree))).isFalse();
    }

    @Test
    void text_that_is_not_json_or_holds_no_bundle_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> StixFormat.importModel("{\"type\": \"bundle\",\n \"objects\": [,]}"
                .getBytes(StandardCharsets.UTF_8), "broken.stix.json"))
                .isInstanceOfSatisfying(ModelFormatException.class, e -> {
                    assertThat(e.getMessage()).startsWith("broken.stix.json:2:");
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThatThrownBy(() -> StixFormat.importModel("[1, 2]".getBytes(StandardCharsets.UTF_8), "n.json"))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("no STIX bundle in it");
    }

    @Test
    void damaged_bundles_import_without_crashing() throws Exception {
        // given the KSC bundle with random objects' fields removed or replaced by wrong types (bounded, seeded)
        byte[] original = resource("ksc-attack-model.json");
        SplittableRandom random = new SplittableRandom(15);
        for (int round = 0; round < 200; round++) {
            var bundle = (com.fasterxml.jackson.databind.node.ObjectNode) StixBundle.JSON.readTree(original);
            var objects = (com.fasterxml.jackson.databind.node.ArrayNode) bundle.get("objects");
            for (int damage = 0; damage < 1 + random.nextInt(6); damage++) {
                var object = (com.fasterxml.jackson.databind.node.ObjectNode) objects.get(random.nextInt(objects.size()));
                List<String> names = new java.util.ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String field = names.get(random.nextInt(names.size()));
                switch (random.nextInt(3)) {
                    case 0 -> object.remove(field);
                    case 1 -> object.put(field, random.nextInt(100));
                    default -> object.putArray(field).add("x");
                }
            }

            // when
            StixImport imported = StixFormat.importModel(StixBundle.JSON.writeValueAsBytes(bundle), "damaged");

            // then a tree that the workbench can hold
            assertThat(imported.tree().contains(imported.tree().rootId())).isTrue();
        }
    }

    private static Node step(AttackTree tree, String label) {
        return tree.nodes().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + label));
    }

    private static Tripwire only(Node node) {
        assertThat(node.tripwires()).hasSize(1);
        return node.tripwires().get(0);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ThreatIntelImportTest.class.getResourceAsStream("/stix/" + name)) {
            if (in == null) {
                throw new IOException("no test resource stix/" + name);
            }
            return in.readAllBytes();
        }
    }
}
