package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exec, attach or port-forward attempt counts once, whatever the protocol. kubectl 1.30 and
 * later opens these streams over WebSocket (an HTTP GET, audited with verb {@code get}) and, when
 * the upgrade fails (a 401/403 refusal is such a failure for client-go's fallback executor), tries
 * again at once over SPDY (a POST: verb {@code create}), with the same URL. The API server audits
 * both requests, each under its own audit id: one attempt, two trip-wire events. A Role granting
 * {@code create} on {@code pods/exec} but not {@code get} (the classic rule) refuses the first and
 * allows the second.
 *
 * <p>A SPDY request of the same user, impersonation, source addresses, pod, subresource and query
 * as a refused WebSocket one, within {@link #WINDOW} after it, is that attempt's retry. In one batch
 * (the webhook sends both together, a log file has them on adjacent lines) the attempt counts by
 * how it ended: an allowed retry counts and the refusal becomes {@link Outcome#SAME_ATTEMPT}; a
 * refused retry is the same attempt as the refusal. Across batches the refusal is already stored,
 * so the retry is marked whatever its answer (its observation says which). Sources ingest from
 * several threads, so settling a batch holds this object's lock (a short, in-memory step).
 */
final class StreamingRetries {

    /** kubectl retries immediately; ten seconds allow for a slow API server and clock rounding. */
    static final Duration WINDOW = Duration.ofSeconds(10);
    /** Refusals remembered across batches; the oldest is forgotten first (bounded memory). */
    private static final int REMEMBERED = 1024;

    private final Map<Attempt, Refusal> refusals = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Attempt, Refusal> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** What a WebSocket try and its SPDY retry share: the request as the user made it. */
    private record Attempt(String user, String impersonated, List<String> sourceIps, String namespace, String pod,
                           String subresource, String query) {

        static Attempt of(AuditEvent audit) {
            String uri = audit.requestUri() == null ? "" : audit.requestUri();
            int question = uri.indexOf('?');
            return new Attempt(audit.realUsername(), audit.effectiveUsername(), audit.sourceIps(),
                    audit.objectRef().namespace(), audit.objectRef().name(), audit.objectRef().subresource(),
                    question < 0 ? "" : uri.substring(question + 1));
        }
    }

    /** @param batchIndex the refusal's place in the batch being settled, or -1 once that batch is stored */
    private record Refusal(Instant at, String dedupKey, int batchIndex) {
    }

    /**
     * The batch's observations with each retry's second event re-marked; events and observations
     * are parallel lists, in the order the sensor wrote them.
     */
    synchronized List<Observation> settle(List<SensorEvent> events, List<Observation> observations) {
        List<Observation> out = new ArrayList<>(observations);
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof AuditEvent audit) || !audit.isStreaming() || !out.get(i).outcome().fired()) {
                continue;
            }
            Instant at = audit.requestReceivedTimestamp() != null ? audit.requestReceivedTimestamp()
                    : out.get(i).eventTime();
            if (isWebSocketRefusal(audit)) {
                refusals.put(Attempt.of(audit), new Refusal(at, out.get(i).dedupKey(), i));
            } else if ("create".equals(audit.verb())) {
                Refusal refusal = refusals.get(Attempt.of(audit));
                if (refusal != null && !at.isBefore(refusal.at()) && !at.isAfter(refusal.at().plus(WINDOW))) {
                    refusals.remove(Attempt.of(audit));
                    if (refusal.batchIndex() >= 0 && out.get(i).outcome() == Outcome.COUNTED) {
                        out.set(refusal.batchIndex(), marked(out.get(refusal.batchIndex()), "the WebSocket try of an "
                                + "attempt that its SPDY retry " + out.get(i).dedupKey() + " counts (allowed)"));
                    } else {
                        out.set(i, marked(out.get(i), "the SPDY retry of the refused WebSocket try "
                                + refusal.dedupKey() + ", which counts the attempt (this retry was "
                                + (out.get(i).outcome() == Outcome.COUNTED ? "allowed" : "refused too") + ")"));
                    }
                }
            }
        }
        refusals.replaceAll((attempt, refusal) -> new Refusal(refusal.at(), refusal.dedupKey(), -1));
        return out;
    }

    /** A stream request over WebSocket (GET) that the API server refused: kubectl's client retries it. */
    private static boolean isWebSocketRefusal(AuditEvent audit) {
        return "get".equals(audit.verb()) && audit.isDenied();
    }

    private static Observation marked(Observation observation, String why) {
        return new Observation(observation.eventTime(), observation.receivedTime(), observation.source(),
                observation.origin(), observation.actor(), observation.object(),
                observation.matches().stream().map(m -> m.sameAttemptAs(why)).toList(), observation.dedupKey(),
                observation.raw());
    }
}
