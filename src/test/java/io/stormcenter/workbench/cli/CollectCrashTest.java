package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector killed with SIGKILL in the middle of ingestion loses nothing it acknowledged, and a
 * sender that sends its batches again after the restart adds nothing twice.
 */
class CollectCrashTest {

    private static final int SENDERS = 4;
    private static final int EVENTS_PER_BATCH = 20;
    private static final int ACKED_BEFORE_KILL = 40;
    private static final int MAX_BATCHES_PER_SENDER = 5000;

    @TempDir
    Path folder;

    /** One audit EventList, its events' audit ids all distinct. */
    private static String batch(String id) {
        StringBuilder items = new StringBuilder();
        for (int e = 0; e < EVENTS_PER_BATCH; e++) {
            items.append(e == 0 ? "" : ",").append(("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\","
                    + "\"level\":\"Metadata\",\"auditID\":\"%s-e%d\",\"stage\":\"ResponseComplete\",\"verb\":\"get\","
                    + "\"requestURI\":\"/api/v1/namespaces/orders/configmaps/app\",\"user\":{\"username\":\"mallory\"},"
                    + "\"sourceIPs\":[\"203.0.113.50\"],\"objectRef\":{\"resource\":\"configmaps\",\"namespace\":"
                    + "\"orders\",\"name\":\"app\"},\"responseStatus\":{\"code\":200},"
                    + "\"stageTimestamp\":\"2026-11-20T09:14:03.1Z\"}").formatted(id, e));
        }
        return "{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"metadata\":{},\"items\":[" + items + "]}";
    }

    private static HttpClient client(Path kubeconfig) throws Exception {
        String ca = Files.readAllLines(kubeconfig).stream().filter(l -> l.contains("certificate-authority-data:"))
                .findFirst().orElseThrow().split(":", 2)[1].strip();
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("receiver", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(ca))));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
                .connectTimeout(Duration.ofSeconds(60)).build();
    }

    private static HttpRequest post(int port, String token, String body) {
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/v1/audit"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void a_collector_killed_mid_ingestion_keeps_every_acknowledged_event_and_resent_batches_add_nothing()
            throws Exception {
        // given: a collector receiving, and senders posting batches as fast as it answers
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("model.json"));
        Path store = folder.resolve("observations.db");
        Path tokenFile = folder.resolve("token");
        Path kubeconfig = folder.resolve("webhook.kubeconfig");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        try (CollectorProcess first = CollectorProcess.start(model, store, tokenFile, kubeconfig)) {
            String token = Files.readString(tokenFile).strip();
            HttpClient client = client(kubeconfig);
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                senders.submit(() -> {
                    for (int b = 0; b < MAX_BATCHES_PER_SENDER && !killed.get(); b++) {
                        String id = "s" + sender + "-b" + b;
                        sent.add(id);
                        try {
                            HttpResponse<String> answer = client.send(post(first.port(), token, batch(id)),
                                    HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() == 200) {
                                acknowledged.add(id);
                            }
                        } catch (Exception connectionLost) {
                            return;
                        }
                    }
                });
            }
            // when: killed once enough batches were acknowledged, while the senders keep sending
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (acknowledged.size() < ACKED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(acknowledged).as("batches acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKED_BEFORE_KILL);
            first.kill();
            killed.set(true);
            senders.shutdown();
            assertThat(senders.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        }
        Set<String> acknowledgedAtKill = Set.copyOf(acknowledged);

        // then: after a restart every acknowledged event is there
        try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
            Set<String> keys = observations.find(ObservationQuery.all()).stream().map(Observation::dedupKey)
                    .collect(Collectors.toSet());
            for (String id : acknowledgedAtKill) {
                for (int e = 0; e < EVENTS_PER_BATCH; e++) {
                    assertThat(keys).contains("audit:" + id + "-e" + e + ":ResponseComplete");
                }
            }
        }
        // and every batch sent again to the restarted collector adds only what was never committed
        try (CollectorProcess second = CollectorProcess.start(model, store, tokenFile, kubeconfig)) {
            HttpClient client = client(kubeconfig);
            String token = Files.readString(tokenFile).strip();
            List<String> all = new ArrayList<>(sent);
            for (String id : all) {
                HttpResponse<String> answer = client.send(post(second.port(), token, batch(id)),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                JsonNode result = new ObjectMapper().readTree(answer.body());
                if (acknowledgedAtKill.contains(id)) {
                    assertThat(result.get("stored").asInt()).as("acknowledged batch " + id + " sent again").isZero();
                }
                assertThat(result.get("stored").asInt() + result.get("known").asInt()).isEqualTo(EVENTS_PER_BATCH);
            }
            assertThat(second.stop()).as("collect ends on SIGTERM: " + second.lines()).isEqualTo(143);
        }
        try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
            assertThat(observations.count(ObservationQuery.all())).isEqualTo((long) sent.size() * EVENTS_PER_BATCH);
        }
        assertThat(new String(Files.readAllBytes(tokenFile), StandardCharsets.UTF_8)).isNotBlank();
    }
}
