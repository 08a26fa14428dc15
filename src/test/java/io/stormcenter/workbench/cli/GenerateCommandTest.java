package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.BaitWorkload;
import io.stormcenter.workbench.honeycluster.Cover;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path folder;

    private Path model(List<Tripwire> tripwires) throws Exception {
        AttackTree tree = new AttackTree("shop-cluster", "Shop", "", "root", List.of(
                Node.attack("root", "Steal card data").withChildren(List.of("leaf")),
                Node.attack("leaf", "Read the payment secret").withTripwires(tripwires)));
        Path file = folder.resolve("shop.json");
        TreeFiles.write(tree, file);
        return file;
    }

    @Test
    void generate_writes_the_plan_folder_and_says_what_is_exposed() throws Exception {
        Path model = model(List.of(
                new Tripwire("tw-bait", TripwireKind.BAIT, Map.of("workload", "ssh", "expose", "NodePort")),
                new Tripwire("tw-token", TripwireKind.HONEYTOKEN, Map.of("secret", "payments", "flavor", "database"))));
        Path out = folder.resolve("plan");

        CliRun run = CliRun.of("generate", model.toString(), "-o", out.toString(), "--seed", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String namespace = Cover.of("shop-cluster", 5).namespace();
        String bait = Cover.of("shop-cluster", 5).baitName(BaitWorkload.SSH, 1);
        assertThat(run.out()).contains("trip-wires, namespace " + namespace, "Exposed: Service " + bait
                + " (NodePort, port 22)");
        assertThat(out.resolve("kustomization.yaml")).exists();
        assertThat(out.resolve("plan.json")).content().contains("\"tw-token\"", "\"node\" : \"leaf\"");
        assertThat(out.resolve("audit-policy.yaml")).exists();
        assertThat(out.resolve("audit-webhook-kubeconfig.yaml")).exists();
        assertThat(out.resolve("README.md")).exists();
        assertThat(out.resolve("00-namespace-" + namespace + ".yaml")).exists();
    }

    @Test
    void identity_exclusions_and_the_api_server_range_are_configurable_and_visible_in_the_plan() throws Exception {
        Path model = model(List.of(new Tripwire("tw-token", TripwireKind.HONEYTOKEN, Map.of("secret", "payments", "flavor", "aws"))));
        Path out = folder.resolve("plan");

        CliRun run = CliRun.of("generate", model.toString(), "-o", out.toString(), "--workbench-identity", "ksc-operator",
                "--count-platform", "--api-server-cidr", "10.43.0.1/32");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("plan.json")).content().contains("\"excludedIdentities\" : [ \"ksc-operator\" ]");
        assertThat(out.resolve("01-networkpolicy-default-deny-egress.yaml")).content().contains("10.43.0.1/32")
                .doesNotContain("192.168.0.0/16");
    }

    @Test
    void same_model_and_seed_give_byte_identical_folders() throws Exception {
        Path model = model(List.of(new Tripwire("tw-token", TripwireKind.HONEYTOKEN, Map.of("secret", "payments", "flavor", "aws"))));

        CliRun.of("generate", model.toString(), "-o", folder.resolve("a").toString(), "--seed", "9");
        CliRun.of("generate", model.toString(), "-o", folder.resolve("b").toString(), "--seed", "9");

        List<String> names = list(folder.resolve("a"));
        assertThat(names).isEqualTo(list(folder.resolve("b")));
        for (String name : names) {
            assertThat(Files.readAllBytes(folder.resolve("a").resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(folder.resolve("b").resolve(name)));
        }
    }

    @Test
    void a_refused_model_fails_naming_node_and_field_and_writes_nothing() throws Exception {
        Path model = model(List.of(new Tripwire("tw-token", TripwireKind.HONEYTOKEN, Map.of("secret", "payments"))));
        Path out = folder.resolve("plan");

        CliRun run = CliRun.of("generate", model.toString(), "-o", out.toString());
        CliRun reserved = CliRun.of("generate", model.toString(), "-o", out.toString(), "--namespace", "kube-system");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("node 'leaf' tripwires[tw-token].params.flavor", "nothing was written");
        assertThat(reserved.exitCode()).isEqualTo(1);
        assertThat(reserved.err()).contains("'kube-system' is reserved");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("shop.json");
        }
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
