package io.stormcenter.workbench.heat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.telemetry.Actor;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.TripwireMatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built observations as the telemetry package stores them: audit ones carry their event in
 * the audit {@code Event} shape (the session rules read {@code user.extra} from it), runtime ones
 * the actor Tetragon and Falco give.
 */
final class ObservationStream {

    static final Instant T0 = Instant.parse("2026-03-20T10:00:00Z");
    static final String NS = "payments-prod";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Observation> observations = new ArrayList<>();
    private int serial;

    List<Observation> all() {
        return List.copyOf(observations);
    }

    Observation last() {
        return observations.get(observations.size() - 1);
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** An API request; {@code node} null for one that fired no trip-wire. */
    ObservationStream audit(int minute, String user, String sourceIp, String verb, String object, String node,
                            Outcome outcome, Map<String, String> extra) {
        String auditId = "audit-" + (++serial);
        ObjectNode event = JSON.createObjectNode();
        event.put("kind", "Event");
        event.put("apiVersion", "audit.k8s.io/v1");
        event.put("level", "Metadata");
        event.put("auditID", auditId);
        event.put("stage", "ResponseComplete");
        event.put("requestURI", "/api/v1/" + object);
        event.put("verb", verb);
        ObjectNode userNode = event.putObject("user");
        userNode.put("username", user);
        ObjectNode extraNode = userNode.putObject("extra");
        extra.forEach((k, v) -> extraNode.putArray(k).add(v));
        event.putArray("sourceIPs").add(sourceIp);
        String[] parts = object.split("/");
        ObjectNode ref = event.putObject("objectRef");
        ref.put("resource", parts[0]);
        if (parts.length > 1) {
            ref.put("namespace", parts[1]);
        }
        if (parts.length > 2) {
            ref.put("name", parts[2]);
        }
        if (parts.length > 3) {
            ref.put("subresource", parts[3]);
        }
        event.put("stageTimestamp", at(minute).toString());
        event.putObject("responseStatus").put("code", outcome == Outcome.DENIED ? 403 : 200);
        Actor actor = new Actor(user, List.of("system:authenticated"), null, List.of(sourceIp), "kubectl", null, null,
                null, null, null, null, null, null, null);
        add(new Observation(at(minute), at(minute), SensorKind.AUDIT, "test", actor, object, matches(node, outcome),
                "audit:" + auditId + ":ResponseComplete", event.toString()));
        return this;
    }

    ObservationStream audit(int minute, String user, String sourceIp, String node) {
        return audit(minute, user, sourceIp, "get", "secrets/" + NS + "/db-credentials", node,
                node == null ? Outcome.UNMATCHED : Outcome.COUNTED, Map.of());
    }

    /** A process event (Tetragon's shape: exec id, parent exec id, pod, container). */
    ObservationStream process(int minute, String execId, String parentExecId, String pod, String container,
                              String binary, String node) {
        return process(minute, execId, parentExecId, pod, container, binary, null, node);
    }

    ObservationStream process(int minute, String execId, String parentExecId, String pod, String container,
                              String binary, String auid, String node) {
        Actor actor = new Actor(null, List.of(), null, List.of(), null, "worker-1", pod == null ? null : NS, pod,
                container, binary, "", execId, parentExecId, auid);
        add(new Observation(at(minute), at(minute), SensorKind.TETRAGON, "test", actor, binary,
                matches(node, node == null ? Outcome.UNMATCHED : Outcome.COUNTED), "tetragon:" + (++serial), ""));
        return this;
    }

    /** An observation the telemetry package already excluded (the identity the plan excludes). */
    ObservationStream excluded(int minute, String user, String node) {
        Actor actor = new Actor(user, List.of(), null, List.of("10.0.0.4"), null, null, null, null, null, null, null,
                null, null, null);
        String auditId = "audit-" + (++serial);
        add(new Observation(at(minute), at(minute), SensorKind.AUDIT, "test", actor, "secrets/" + NS + "/db",
                List.of(new TripwireMatch("tw-" + node, node, Outcome.EXCLUDED, "excluded identity " + user)),
                "audit:" + auditId + ":ResponseComplete", ""));
        return this;
    }

    private void add(Observation observation) {
        observations.add(observation);
    }

    private static List<TripwireMatch> matches(String node, Outcome outcome) {
        return node == null ? List.of() : List.of(new TripwireMatch("tw-" + node, node, outcome, null));
    }
}
