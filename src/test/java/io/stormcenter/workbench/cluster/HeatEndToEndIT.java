package io.stormcenter.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.stormcenter.workbench.cli.Cli;
import io.stormcenter.workbench.cli.CollectorProcess;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlantedToken;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop on the real kube-apiserver: the secret-theft sample's plan deployed with the
 * audit webhook pointing at {@code ksc collect}'s receiver; an intruder from one public address is
 * refused the AWS honeytoken with an identity that has no rights, then lists secrets with the
 * planted ci-deployer token. {@code ksc heat --json} shows the edges those steps traverse and
 * nothing else (the test's own deploy, the controller manager and the token controller make no
 * heat), and {@code ksc sessions --json} says the two identities were joined by the address.
 */
@Tag("integration")
class HeatEndToEndIT {

    private static final long SEED = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A documentation address (RFC 5737): outside every shared network, so it joins sessions. */
    private static final String INTRUDER_ADDRESS = "203.0.113.7";

    @Test
    void a_refused_honeytoken_read_and_a_planted_token_make_one_session_with_exactly_their_heat(
            @TempDir Path folder) throws Exception {
        // given: collect receiving, the API server auditing to it, the plan deployed by the admin
        try (AuditedHoneycluster deployed = AuditedHoneycluster.deploy(folder, "secret-theft.json", SEED)) {
            HoneyclusterPlan plan = deployed.plan;
            LocalKubeCluster cluster = deployed.cluster;
            Path model = deployed.model;
            Path store = deployed.store;
            PlantedToken ciDeployer = plan.plantedTokens().stream()
                    .filter(t -> t.serviceAccount().equals("ci-deployer")).findFirst().orElseThrow();
            String canaryToken = deployed.issuedToken(ciDeployer);

            // when: the intruder, without rights, is refused the honeytoken
            try (KubernetesClient intruder = clientFromIntruder(cluster, cluster.viewerToken())) {
                assertThatThrownBy(() -> intruder.secrets().inNamespace(plan.namespace()).withName("aws-prod-deployer")
                        .get()).isInstanceOf(KubernetesClientException.class).hasMessageContaining("403");
            }
            // and then lists the namespace's secrets with the token planted in ci-settings, from the same address
            try (KubernetesClient withCanary = clientFromIntruder(cluster, canaryToken)) {
                try {
                    withCanary.secrets().inNamespace(plan.namespace()).list();
                } catch (KubernetesClientException refused) {
                    // whether the canary may list or not, the attempt is audited and counts
                }
            }
            String canaryUser = "system:serviceaccount:" + plan.namespace() + ":ci-deployer";
            awaitStored(store, deployed.collector, List.of(LocalKubeCluster.VIEWER_USER, canaryUser));
            try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
                assertThat(observations.find(ObservationQuery.all())).as("the deploy's own requests were audited")
                        .anyMatch(o -> "admin".equals(o.actor().user()));
            }

            // then: heat shows the steps of list-secrets they took, and only those
            JsonNode heat = JSON.readTree(cli("heat", model.toString(), "--store", store.toString(),
                    "--workbench-identity", "admin", "--json"));
            String sessionsJson = cli("sessions", model.toString(), "--store", store.toString(),
                    "--workbench-identity", "admin", "--json");
            assertThat(heat.get("sessions").asInt()).as(heat + "\n" + sessionsJson).isEqualTo(1);
            List<String> edges = new ArrayList<>();
            heat.get("edges").forEach(e -> edges.add(e.get("parent").asText() + ">" + e.get("child").asText() + "="
                    + e.get("sessions").asInt()));
            // list-secrets itself is not reached: its SAND order (credentials first) was not kept
            assertThat(edges).containsExactlyInAnyOrder("list-secrets>get-api-credentials=1",
                    "list-secrets>list-secrets-api=1", "list-secrets>read-secret-data=1",
                    "get-api-credentials>leaked-kubeconfig=1");
            List<String> nodes = new ArrayList<>();
            heat.get("nodes").forEach(n -> nodes.add(n.get("id").asText() + "=" + n.get("sessions").asInt()));
            assertThat(nodes).containsExactlyInAnyOrder("get-api-credentials=1", "leaked-kubeconfig=1",
                    "list-secrets-api=1", "read-secret-data=1");

            // and sessions says how the two identities were joined, and what came first
            JsonNode sessions = JSON.readTree(sessionsJson).get("sessions");
            assertThat(sessions).hasSize(1);
            JsonNode only = sessions.get(0);
            List<String> links = new ArrayList<>();
            only.get("links").forEach(l -> links.add(l.get("explanation").asText()));
            assertThat(links).contains("joined by source IP " + INTRUDER_ADDRESS);
            List<String> reached = new ArrayList<>();
            only.get("reached").forEach(r -> reached.add(r.get("node").asText()));
            assertThat(reached.get(0)).isEqualTo("read-secret-data");
            assertThat(reached).containsExactlyInAnyOrder("read-secret-data", "leaked-kubeconfig",
                    "get-api-credentials", "list-secrets-api");
            List<String> users = new ArrayList<>();
            only.get("observations").forEach(o -> users.add(o.get("outcome").asText()));
            assertThat(users.get(0)).isEqualTo("denied");
        }
    }

    /** A client that says it comes from the intruder's address, as a proxy in front of the API server would. */
    private static KubernetesClient clientFromIntruder(LocalKubeCluster cluster, String token) {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder().withMasterUrl(cluster.server())
                .withOauthToken(token).withTrustCerts(true)
                .withCustomHeaders(Map.of("X-Forwarded-For", INTRUDER_ADDRESS)).build()).build();
    }

    /** Waits until the webhook delivered a fired observation of each user (it batches at least every second). */
    private static void awaitStored(Path store, CollectorProcess collector, List<String> users) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
                List<Observation> all = observations.find(ObservationQuery.all());
                if (users.stream().allMatch(u -> all.stream().anyMatch(o -> u.equals(o.actor().user())
                        && o.outcome().fired()))) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("no fired observation of each of " + users + "; collect printed "
                    + collector.lines()).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }
}
