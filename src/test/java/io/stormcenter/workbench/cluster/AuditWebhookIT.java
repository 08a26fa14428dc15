package io.stormcenter.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.stormcenter.workbench.cli.CollectorProcess;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlantedToken;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Path;
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
        // given: collect running with its receiver; the API server pointed at it; the plan deployed
        try (AuditedHoneycluster deployed = AuditedHoneycluster.deploy(folder, "secret-theft.json", SEED)) {
            HoneyclusterPlan plan = deployed.plan;
            LocalKubeCluster cluster = deployed.cluster;
            CollectorProcess collector = deployed.collector;
            Path store = deployed.store;
            TripwireEntry honeytoken = plan.index().entries().stream()
                    .filter(e -> e.kind() == TripwireKind.HONEYTOKEN).findFirst().orElseThrow();
            String secret = honeytoken.objects().stream().filter(o -> o.startsWith("Secret/")).findFirst()
                    .orElseThrow().substring("Secret/".length());
            PlantedToken planted = plan.plantedTokens().get(0);
            String canaryUser = "system:serviceaccount:" + plan.namespace() + ":" + planted.serviceAccount();
            String token = deployed.issuedToken(planted);
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
