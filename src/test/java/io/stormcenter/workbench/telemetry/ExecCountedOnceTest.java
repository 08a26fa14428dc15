package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubectl 1.30+ tries exec over WebSocket (verb get) and, refused, again over SPDY (verb create):
 * two audit events of one attempt (the shapes of ../shared/fixtures/audit/exec_pod.json, a refusal
 * as the API server writes it), which count once. The bait's and the canary's trip-wires both see them.
 */
class ExecCountedOnceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final String ALLOWED = "\"stage\":\"ResponseStarted\"";

    @TempDir
    Path folder;

    private final SamplePlan sample = SamplePlan.secretTheft();
    private JdbcObservationStore store;
    private Ingestion ingestion;

    @BeforeEach
    void open() {
        store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("obs.db")));
        ingestion = new Ingestion(store, sample.plan().index(), CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_refused_websocket_exec_and_its_allowed_spdy_retry_count_once_as_the_exec() throws IOException {
        // given the classic Role: create on pods/exec, not get
        List<String> attempt = attempt(true);
        // when
        BatchResult result = ingest(attempt);
        // then
        assertThat(result.matched()).isEqualTo(1);
        List<Observation> stored = oldestFirst();
        assertThat(stored).extracting(Observation::outcome).containsExactly(Outcome.SAME_ATTEMPT, Outcome.COUNTED);
        assertThat(stored.get(0).reason()).isEqualTo("the WebSocket try of an attempt that its SPDY retry "
                + stored.get(1).dedupKey() + " counts (allowed)");
        assertThat(stored.get(1).tripwireId()).isNotNull();
    }

    @Test
    void a_refused_websocket_exec_and_its_refused_spdy_retry_count_once_as_a_denied_attempt() throws IOException {
        // given
        List<String> attempt = attempt(false);
        // when
        BatchResult result = ingest(attempt);
        // then
        assertThat(result.matched()).isEqualTo(1);
        List<Observation> stored = oldestFirst();
        assertThat(stored).extracting(Observation::outcome).containsExactly(Outcome.DENIED, Outcome.SAME_ATTEMPT);
        assertThat(stored.get(1).reason()).isEqualTo("the SPDY retry of the refused WebSocket try "
                + stored.get(0).dedupKey() + ", which counts the attempt (this retry was refused too)");
        assertThat(stored.get(1).matches()).allSatisfy(m -> assertThat(m.outcome()).isEqualTo(Outcome.SAME_ATTEMPT));
    }

    @Test
    void a_retry_that_arrives_in_the_next_batch_is_still_the_same_attempt() throws IOException {
        // given the webhook cut its batch between the two requests
        List<String> attempt = attempt(true);
        // when
        BatchResult first = ingest(attempt.subList(0, 1));
        BatchResult second = ingest(attempt.subList(1, 2));
        // then the refusal was stored before the retry came: it counts the attempt, the retry says it was allowed
        assertThat(first.matched()).isEqualTo(1);
        assertThat(second.matched()).isZero();
        assertThat(oldestFirst()).extracting(Observation::outcome)
                .containsExactly(Outcome.DENIED, Outcome.SAME_ATTEMPT);
        assertThat(oldestFirst().get(1).reason()).endsWith("(this retry was allowed)");
    }

    @Test
    void two_attempts_a_minute_apart_count_twice_and_an_spdy_exec_alone_counts() throws IOException {
        // given the same refused WebSocket exec again a minute later, and an older kubectl's SPDY-only exec
        List<String> attempt = attempt(false);
        String later = attempt.get(0).replace("7c0a3f52", "8d1b4063").replace("09:41:07", "09:42:07");
        String spdyOnly = attempt(true).get(1).replace("d4e8b1a9", "e5f9c2ba").replace("09:41:07", "09:43:30");
        // when
        BatchResult result = ingest(List.of(attempt.get(0), later, spdyOnly));
        // then
        assertThat(result.matched()).isEqualTo(3);
        assertThat(oldestFirst()).extracting(Observation::outcome)
                .containsExactly(Outcome.DENIED, Outcome.DENIED, Outcome.COUNTED);
    }

    /** The WebSocket refusal and the SPDY retry, on the sample's bait pod, by its canary. */
    private List<String> attempt(boolean retryAllowed) throws IOException {
        String pod = sample.plan().objects().stream().filter(o -> o.getKind().equals("Pod")).findFirst().orElseThrow()
                .getMetadata().getName();
        String account = sample.plan().objects().stream().filter(o -> o.getKind().equals("ServiceAccount"))
                .findFirst().orElseThrow().getMetadata().getName();
        String text;
        try (InputStream in = getClass().getResourceAsStream("/telemetry/exec-websocket-then-spdy.jsonl")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("NAMESPACE", sample.namespace()).replace("POD", pod).replace("ACCOUNT", account);
        text = retryAllowed
                ? text.replace("\"stage\":\"SPDY_STAGE\"", ALLOWED)
                        .replace("SPDY_STATUS", "{\"metadata\":{},\"code\":101}")
                        .replace("SPDY_DECISION", "allow").replace("SPDY_REASON", "RBAC: allowed by RoleBinding")
                : text.replace("SPDY_STAGE", "ResponseComplete")
                        .replace("SPDY_STATUS", "{\"metadata\":{},\"status\":\"Failure\",\"reason\":\"Forbidden\","
                                + "\"code\":403}")
                        .replace("SPDY_DECISION", "forbid").replace("SPDY_REASON", "");
        return text.lines().toList();
    }

    private BatchResult ingest(List<String> lines) {
        List<RawEvent> raws = lines.stream().map(l -> new RawEvent(SensorKind.AUDIT, l, "line")).toList();
        return ingestion.ingest(new EventBatch("receiver", raws));
    }

    private List<Observation> oldestFirst() {
        return store.find(ObservationQuery.all()).stream().sorted(Comparator.comparing(Observation::eventTime)).toList();
    }
}
