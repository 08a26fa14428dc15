package io.stormcenter.workbench.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.BearerToken;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.EventReceiver;
import io.stormcenter.workbench.telemetry.FileReplay;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.ReceiverKeys;
import io.stormcenter.workbench.telemetry.ReplaySpeed;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Sustained ingestion throughput, for the telemetry issue's note:
 * <ol>
 *   <li>Jackson alone parsing Tetragon JSON lines into trees (the floor);</li>
 *   <li>the same lines through the ingestion: parse, match against the KubeCon sample's plan, store
 *       in a SQLite file (committed batches of {@link #BATCH});</li>
 *   <li>the same lines replayed from a {@code .jsonl} file at max speed;</li>
 *   <li>audit {@code EventList}s of 400 events (the webhook's default batch) posted over HTTPS to the
 *       receiver by 4 senders.</li>
 * </ol>
 * Run: {@code mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) io.stormcenter.workbench.benchmark.TelemetryThroughput [EVENTS]}
 */
public final class TelemetryThroughput {

    private static final int BATCH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TelemetryThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(
                TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree(), CompileOptions.seeded(1));
        List<String> policies = plan.objects().stream().filter(o -> "TracingPolicy".equals(o.getKind()))
                .map(o -> o.getMetadata().getName()).toList();
        List<String> lines = tetragonLines(events, plan.namespace(), policies);
        Path folder = Files.createTempDirectory("ksc-telemetry-bench");
        System.out.printf(Locale.ROOT, "%d Tetragon lines, %.0f bytes each on average; %d TracingPolicies in the plan%n",
                events, lines.stream().mapToInt(String::length).average().orElse(0), policies.size());

        jacksonFloor(lines.subList(0, Math.min(50_000, events)));
        double floor = jacksonFloor(lines);
        ingest(plan, folder.resolve("warm.db"), lines.subList(0, Math.min(50_000, events)));
        double ingestion = ingest(plan, folder.resolve("bench.db"), lines);
        System.out.printf(Locale.ROOT, "Jackson alone: %,.0f events/s; parse+match+store: %,.0f events/s (%.0f%% of Jackson)%n",
                floor, ingestion, 100 * ingestion / floor);

        Path file = Files.write(folder.resolve("tetragon.jsonl"), lines);
        replay(plan, folder.resolve("replay.db"), file);
        auditThroughReceiver(plan, folder, 100, 400);
    }

    static List<String> tetragonLines(int count, String namespace, List<String> policies) {
        List<String> lines = new ArrayList<>(count);
        Instant t0 = Instant.parse("2026-11-20T09:18:01.000000001Z");
        String[] paths = {"/etc/passwd", "/run/secrets/kubernetes.io/serviceaccount/..2026_11_20_08_00_00.1/token",
                "/var/log/pods/x/0.log", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/proc/self/environ"};
        for (int i = 0; i < count; i++) {
            String policy = policies.isEmpty() || i % 10 != 0 ? "other-team-policy" : policies.get(i % policies.size());
            String path = paths[i % paths.length];
            String pod = i % 3 == 0 ? namespace : "payments";
            lines.add(("{\"process_kprobe\":{\"process\":{\"exec_id\":\"d29ya2VyLTE6MTIzNDU2Nzg5OjQ0%08d\",\"pid\":%d,"
                    + "\"uid\":0,\"cwd\":\"/root\",\"binary\":\"/usr/bin/cat\",\"arguments\":\"%s\",\"flags\":\"execve clone\","
                    + "\"start_time\":\"2026-11-20T09:18:00.000000001Z\",\"auid\":4294967295,\"pod\":{\"namespace\":\"%s\","
                    + "\"name\":\"orders-api-7f9c\",\"container\":{\"id\":\"containerd://3ad1c9f0b2e4\",\"name\":\"app\","
                    + "\"image\":{\"id\":\"docker.io/library/app@sha256:00aa\",\"name\":\"docker.io/library/app:1\"},"
                    + "\"start_time\":\"2026-11-20T08:00:00Z\",\"pid\":31},\"pod_labels\":{\"app.kubernetes.io/name\":"
                    + "\"orders-api\"},\"workload\":\"orders-api\",\"workload_kind\":\"Deployment\"},\"docker\":\"3ad1c9f0b2e4\","
                    + "\"parent_exec_id\":\"d29ya2VyLTE6MTIzNDU2MDAwOjQ0MDA=\",\"refcnt\":1},\"parent\":{\"exec_id\":"
                    + "\"d29ya2VyLTE6MTIzNDU2MDAwOjQ0MDA=\",\"pid\":4400,\"binary\":\"/usr/bin/bash\"},\"function_name\":"
                    + "\"security_file_permission\",\"args\":[{\"file_arg\":{\"path\":\"%s\",\"permission\":\"-rw-r--r--\"}},"
                    + "{\"int_arg\":4}],\"return\":{\"int_arg\":0},\"action\":\"KPROBE_ACTION_POST\",\"policy_name\":\"%s\","
                    + "\"return_action\":\"KPROBE_ACTION_POST\"},\"node_name\":\"worker-%d\",\"time\":\"%s\"}")
                    .formatted(i, 1000 + i % 30000, path, pod, path, policy, i % 5, t0.plusNanos(1000L * i)));
        }
        return lines;
    }

    static double jacksonFloor(List<String> lines) throws Exception {
        long start = System.nanoTime();
        long sum = 0;
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            sum += node.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sum == 0) {
            throw new IllegalStateException("nothing parsed");
        }
        return lines.size() / seconds;
    }

    static double ingest(HoneyclusterPlan plan, Path db, List<String> lines) {
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(db))) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());
            long start = System.nanoTime();
            int stored = 0;
            int matched = 0;
            for (int from = 0; from < lines.size(); from += BATCH) {
                List<RawEvent> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(lines.size(), from + BATCH); i++) {
                    batch.add(new RawEvent(SensorKind.TETRAGON, lines.get(i), "line " + (i + 1)));
                }
                BatchResult result = ingestion.ingest(new EventBatch("bench", batch));
                stored += result.stored();
                matched += result.matched();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  ingested %,d (stored %,d, matched %,d) in %.2f s%n", lines.size(), stored,
                    matched, seconds);
            return lines.size() / seconds;
        }
    }

    static void replay(HoneyclusterPlan plan, Path db, Path file) throws Exception {
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(db))) {
            long start = System.nanoTime();
            BatchResult result = new FileReplay(new Ingestion(store, plan.index(), Clock.systemUTC()), ReplaySpeed.MAX)
                    .replay(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "File replay (.jsonl, max speed): %,d events in %.2f s = %,.0f events/s%n",
                    result.read(), seconds, result.read() / seconds);
        }
    }

    static void auditThroughReceiver(HoneyclusterPlan plan, Path folder, int posts, int perPost) throws Exception {
        ReceiverKeys keys = ReceiverKeys.loadOrCreate(folder.resolve("receiver.p12"), List.of("127.0.0.1"),
                new SecureRandom());
        BearerToken token = BearerToken.of("bench-token");
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("audit.db")));
             EventReceiver receiver = new EventReceiver(new InetSocketAddress("127.0.0.1", 0), keys, token)) {
            receiver.start(new Ingestion(store, plan.index(), Clock.systemUTC()));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(trusting(keys.certificatePem())).build();
            List<String> bodies = new ArrayList<>();
            for (int p = 0; p < posts; p++) {
                StringBuilder items = new StringBuilder();
                for (int e = 0; e < perPost; e++) {
                    items.append(e == 0 ? "" : ",").append(("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\","
                            + "\"level\":\"Metadata\",\"auditID\":\"p%d-e%d\",\"stage\":\"ResponseComplete\",\"verb\":\"get\","
                            + "\"requestURI\":\"/api/v1/namespaces/%s/secrets/x\",\"user\":{\"username\":\"mallory\","
                            + "\"groups\":[\"system:authenticated\"]},\"sourceIPs\":[\"203.0.113.50\"],\"userAgent\":\"kubectl/v1.30.2\","
                            + "\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"%s\",\"name\":\"x\",\"apiVersion\":\"v1\"},"
                            + "\"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"2026-11-20T09:14:03.118204Z\","
                            + "\"stageTimestamp\":\"2026-11-20T09:14:03.121977Z\"}").formatted(p, e, plan.namespace(),
                            plan.namespace()));
                }
                bodies.add("{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\",\"metadata\":{},\"items\":["
                        + items + "]}");
            }
            URI uri = URI.create("https://127.0.0.1:" + receiver.address().getPort() + "/v1/audit");
            ExecutorService senders = Executors.newFixedThreadPool(4);
            long start = System.nanoTime();
            List<Future<Integer>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(senders.submit(() -> client.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer bench-token").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                if (answer.get() != 200) {
                    throw new IllegalStateException("the receiver answered " + answer.get());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            senders.shutdown();
            System.out.printf(Locale.ROOT, "Audit EventLists through the receiver (HTTPS, %d posts of %d, 4 senders): "
                    + "%,.0f events/s, %.1f posts/s%n", posts, perPost, posts * perPost / seconds, posts / seconds);
        }
    }

    private static SSLContext trusting(String pem) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("receiver", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
