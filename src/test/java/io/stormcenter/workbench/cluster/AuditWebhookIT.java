package io.stormcenter.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.stormcenter.workbench.cli.CollectorProcess;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlantedToken;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real kube-apiserver, started with the plan's audit policy and the webhook kubeconfig that
 * {@code ksc collect} wrote, sends its audit events to the collector's receiver: a honeytoken
 * read with a canary's token arrives as a matched observation, and the test's own (admin)
 * requests, deploying the plan, are not counted.
 */
@Tag("integration")
class AuditWebhookIT {

    private static final long SEED = 1;

    @Test
    void a_honeytoken_read_with_a_canary_token_arrives_as_a_matched_observation(@TempDir Path folder) throws Exception {
        // given: collect running with its receiver; the API server pointed at it
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("secret-theft.json"));
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(),
                CompileOptions.seeded(SEED));
        TripwireEntry honeytoken = plan.index().entries().stream().filter(e -> e.kind() == TripwireKind.HONEYTOKEN)
                .findFirst().orElseThrow();
        String secret = honeytoken.objects().stream().filter(o -> o.startsWith("Secret/")).findFirst().orElseThrow()
                .substring("Secret/".length());
        PlantedToken planted = plan.plantedTokens().get(0);
        String canaryUser = "system:serviceaccount:" + plan.namespace() + ":" + planted.serviceAccount();
        Path store = folder.resolve("observations.db");
        Path kubeconfig = folder.resolve("audit-webhook.kubeconfig");
        Path policy = Files.writeString(folder.resolve("audit-policy.yaml"), plan.files().get("audit-policy.yaml"));

        try (CollectorProcess collector = CollectorProcess.start(model, store, folder.resolve("token"), kubeconfig,
                "--seed", String.valueOf(SEED), "--workbench-identity", "admin");
             LocalKubeCluster cluster = LocalKubeCluster.start(List.of("--audit-policy-file=" + policy,
                     "--audit-webhook-config-file=" + kubeconfig, "--audit-webhook-batch-max-wait=1s"))) {
            String token;
            try (ClusterSession session = ClusterSession.open(
                    Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig())), LocalKubeCluster.ADMIN_CONTEXT)) {
                HoneyclusterDeployer deployer = new HoneyclusterDeployer(session, ApplyMethod.serverSideApply(),
                        SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, Clock.systemUTC());
                // the record goes elsewhere: collect matches against the plan of the seed, as it started with
                DeployResult deployed = deployer.deploy(deployer.prepare(plan), new DeployRequest("sha", null, false),
                        DeploymentRecordFile.nextTo(folder.resolve("elsewhere").resolve("x.json")), new RecordingProgress());
                assertThat(deployed.failure()).isEmpty();
                token = PlantedTokens.issued(new ClusterObjects(session), plan.namespace(), planted.tokenSecret())
                        .orElseThrow();
            }
            // when: the attacker reads the honeytoken with the canary's token
            try (KubernetesClient attacker = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                    .withMasterUrl(cluster.server()).withOauthToken(token).withTrustCerts(true).build()).build()) {
                try {
                    attacker.secrets().inNamespace(plan.namespace()).withName(secret).get();
                } catch (KubernetesClientException refused) {
                    // a refused read is still an attempt: the observation says denied
                }
            }
            // then: it arrives, matched (the webhook sends a batch at least every second)
            List<Observation> matched = List.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (matched.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(500);
                try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
                    matched = observations.find(ObservationQuery.all().tripwire(honeytoken.tripwireId())).stream()
                            .filter(o -> canaryUser.equals(o.actor().user())).toList();
                }
            }
            assertThat(matched).as("collector printed " + collector.lines()).isNotEmpty();
            assertThat(matched.get(0).outcome().fired()).isTrue();
            assertThat(matched.get(0).object()).isEqualTo("secrets/" + plan.namespace() + "/" + secret);
            assertThat(matched.get(0).origin()).isEqualTo("receiver");
            try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
                List<Observation> ours = observations.find(ObservationQuery.all()).stream()
                        .filter(o -> "admin".equals(o.actor().user())).toList();
                assertThat(ours).as("the deploy's own requests arrived").isNotEmpty();
                assertThat(ours).noneMatch(o -> o.outcome().fired());
            }
        }
    }
}
