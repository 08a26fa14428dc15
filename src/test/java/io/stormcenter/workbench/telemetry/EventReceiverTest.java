package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receiver over real HTTPS on loopback, with its own self-signed certificate as the only trusted one. */
class EventReceiverTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:14:03.121977Z");
    private static final BearerToken TOKEN = BearerToken.of("t0ken-for-the-receiver-test");

    @TempDir
    static Path keysFolder;
    private static ReceiverKeys keys;

    @TempDir
    Path folder;

    private final SamplePlan sample = SamplePlan.secretTheft();
    private JdbcObservationStore store;
    private EventReceiver receiver;
    private HttpClient client;

    @BeforeAll
    static void makeKeys() throws Exception {
        keys = ReceiverKeys.loadOrCreate(keysFolder.resolve("receiver.p12"), List.of("127.0.0.1", "localhost"),
                new SecureRandom());
    }

    @BeforeEach
    void start() throws Exception {
        store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("obs.db")));
        receiver = new EventReceiver(new InetSocketAddress("127.0.0.1", 0), keys, TOKEN);
        receiver.start(new Ingestion(store, sample.plan().index(), Clock.systemUTC()));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(keys.certificatePem()))
                .connectTimeout(Duration.ofSeconds(120)).build();
    }

    @AfterEach
    void stop() {
        receiver.close();
        store.close();
    }

    static SSLContext trusting(String pem) throws Exception {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("receiver", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private URI uri(String path) {
        return URI.create("https://127.0.0.1:" + receiver.address().getPort() + path);
    }

    private HttpRequest post(String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(180))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private ObjectNode honeytokenRead(String auditId) {
        return TelemetryEvents.audit(auditId, "get", "mallory", "secrets", sample.namespace(),
                sample.honeytokenSecret(), 200, T0);
    }

    @Test
    void health_answers_without_a_token() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/healthz")).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void a_post_without_the_token_is_refused_and_stores_nothing() throws Exception {
        // given
        String body = TelemetryEvents.eventList(List.of(honeytokenRead("a1")));
        // when
        HttpResponse<String> none = send(post("/v1/audit", body, null));
        HttpResponse<String> wrong = send(post("/v1/audit", body, "Bearer not-the-token"));
        // then
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(store.count(ObservationQuery.all())).isZero();
    }

    @Test
    void an_audit_event_list_is_stored_and_answered_after_commit() throws Exception {
        // given
        String body = TelemetryEvents.eventList(List.of(honeytokenRead("a1"), honeytokenRead("a2")));
        // when
        HttpResponse<String> first = send(post("/v1/audit", body, "Bearer " + TOKEN.reveal()));
        // then: answered only once committed, so the store already holds them
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(store.count(ObservationQuery.all().tripwire(sample.honeytoken().tripwireId()))).isEqualTo(2);
        JsonNode answer = new ObjectMapper().readTree(first.body());
        assertThat(answer.get("stored").asInt()).isEqualTo(2);
        // and a redelivery adds nothing
        HttpResponse<String> again = send(post("/v1/audit", body, "Bearer " + TOKEN.reveal()));
        assertThat(new ObjectMapper().readTree(again.body()).get("known").asInt()).isEqualTo(2);
        assertThat(store.count(ObservationQuery.all())).isEqualTo(2);
    }

    @Test
    void bad_json_gets_400_with_the_reason() throws Exception {
        HttpResponse<String> response = send(post("/v1/audit", "{\"kind\":\"EventList\",\"items\":[",
                "Bearer " + TOKEN.reveal()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(response.body()).get("message").asText())
                .contains("POST /v1/audit").contains("never closes");
    }

    @Test
    void a_malformed_item_is_listed_and_the_rest_stored() throws Exception {
        ObjectNode broken = honeytokenRead("b2");
        broken.remove("auditID");
        String body = TelemetryEvents.eventList(List.of(honeytokenRead("b1"), broken));
        HttpResponse<String> response = send(post("/v1/audit", body, "Bearer " + TOKEN.reveal()));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = new ObjectMapper().readTree(response.body());
        assertThat(answer.get("stored").asInt()).isEqualTo(1);
        assertThat(answer.get("rejected").get(0).asText()).contains("items[1]").contains("auditID");
    }

    @Test
    void a_body_declared_over_16_mib_gets_413_before_it_is_sent() throws Exception {
        // given: a sender that declares a body over the cap and waits for the answer before sending it
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) trusting(keys.certificatePem())
                .getSocketFactory().createSocket("127.0.0.1", receiver.address().getPort())) {
            socket.setSoTimeout(60_000);
            String head = "POST /v1/tetragon HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN.reveal()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (EventReceiver.MAX_BODY + 1)
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // when
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            // then
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void a_chunked_body_over_16_mib_without_a_length_gets_413_while_it_is_still_being_sent() throws Exception {
        // given a sender that streams a chunked body with no Content-Length and would go on for 64 MiB more
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) trusting(keys.certificatePem())
                .getSocketFactory().createSocket("127.0.0.1", receiver.address().getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/tetragon HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN.reveal()
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            long limit = EventReceiver.MAX_BODY + 64L * 1024 * 1024;
            java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < limit) {
                        out.write(head);
                        out.write(chunk);
                        out.write(new byte[] {'\r', '\n'});
                        sent.addAndGet(chunk.length);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException cutOff) {
                    // the receiver closed the connection after its answer: expected
                }
            }, "chunked-sender");
            sender.setDaemon(true);
            long start = System.nanoTime();
            sender.start();

            // when the answer is read
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            long sentWhenAnswered = sent.get();

            // then it is 413, given before the sender got far past the cap, and nothing was stored
            assertThat(statusLine).startsWith("HTTP/1.1 413");
            assertThat(sentWhenAnswered).isLessThan(limit);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(45));
            sender.join(10_000);
            assertThat(sender.isAlive()).as("the sender is cut off, not left sending").isFalse();
        }
        assertThat(store.count(ObservationQuery.all())).isZero();
        // and the receiver still serves others
        assertThat(send(HttpRequest.newBuilder(uri("/healthz")).GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void falco_and_tetragon_posts_are_stored_by_their_sensor() throws Exception {
        String alert = TelemetryEvents.falcoAlert("Terminal shell in container", sample.namespace(), "orders-api", T0);
        String lines = TelemetryEvents.tetragonFileRead(1, sample.namespace(), "orders-api", "/etc/passwd", "p", T0)
                + "\n" + TelemetryEvents.tetragonFileRead(2, sample.namespace(), "orders-api", "/etc/passwd", "p", T0)
                + "\n";
        assertThat(send(post("/v1/falco", alert, "Bearer " + TOKEN.reveal())).statusCode()).isEqualTo(200);
        assertThat(send(post("/v1/tetragon", lines, "Bearer " + TOKEN.reveal())).statusCode()).isEqualTo(200);
        assertThat(store.count(ObservationQuery.all().from(SensorKind.FALCO))).isEqualTo(1);
        assertThat(store.count(ObservationQuery.all().from(SensorKind.TETRAGON))).isEqualTo(2);
    }

    @Test
    void two_hundred_concurrent_posts_store_every_event_exactly_once() throws Exception {
        // given: 200 posts of 5 events each; each post repeats one event of the post before it
        List<HttpRequest> requests = new ArrayList<>();
        for (int post = 0; post < 200; post++) {
            List<ObjectNode> events = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                events.add(honeytokenRead("p" + post + "-e" + i));
            }
            if (post > 0) {
                events.add(honeytokenRead("p" + (post - 1) + "-e0"));
            }
            requests.add(post("/v1/audit", TelemetryEvents.eventList(events), "Bearer " + TOKEN.reveal()));
        }
        // when
        List<CompletableFuture<HttpResponse<String>>> answers = requests.stream()
                .map(r -> client.sendAsync(r, HttpResponse.BodyHandlers.ofString())).toList();
        // then
        int stored = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).isEqualTo(200);
            stored += new ObjectMapper().readTree(response.body()).get("stored").asInt();
        }
        assertThat(stored).isEqualTo(1000);
        assertThat(store.count(ObservationQuery.all())).isEqualTo(1000);
    }

    @Test
    void the_key_pair_is_kept_across_starts_and_names_the_served_addresses() throws Exception {
        ReceiverKeys again = ReceiverKeys.loadOrCreate(keysFolder.resolve("receiver.p12"), List.of("127.0.0.1"),
                new SecureRandom());
        assertThat(again.certificate()).isEqualTo(keys.certificate());
        assertThat(keys.names()).contains("127.0.0.1", "localhost");
        assertThat(Files.getPosixFilePermissions(keysFolder.resolve("receiver.p12")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void the_webhook_kubeconfig_names_the_url_the_ca_and_the_token_and_is_private() throws Exception {
        Path file = folder.resolve("webhook.kubeconfig");
        WebhookKubeconfig.write(file, "https://127.0.0.1:8443", keys, TOKEN);
        String text = Files.readString(file);
        assertThat(text).contains("server: https://127.0.0.1:8443/v1/audit").contains("token: " + TOKEN.reveal());
        String ca = text.lines().filter(l -> l.contains("certificate-authority-data:")).findFirst().orElseThrow()
                .split(":", 2)[1].strip();
        assertThat(new String(Base64.getDecoder().decode(ca), StandardCharsets.US_ASCII)).isEqualTo(keys.certificatePem());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(TOKEN.toString()).doesNotContain(TOKEN.reveal());
    }
}
