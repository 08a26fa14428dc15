package io.stormcenter.workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.heat.Heat;
import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.heat.ReachedNode;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionLink;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.telemetry.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON of {@code heat --json} and {@code sessions --json}. */
final class HeatJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeatJson() {
    }

    static ObjectNode heat(Heat heat) {
        ObjectNode root = JSON.createObjectNode();
        root.set("window", window(heat.window()));
        root.put("sessions", heat.sessions());
        ArrayNode nodes = root.putArray("nodes");
        for (Map.Entry<String, Integer> node : heat.nodes().entrySet()) {
            nodes.addObject().put("id", node.getKey()).put("sessions", node.getValue());
        }
        ArrayNode edges = root.putArray("edges");
        for (HeatEdge edge : heat.edges()) {
            edges.addObject().put("parent", edge.parent()).put("child", edge.child()).put("sessions", edge.sessions());
        }
        root.put("suppressed", heat.suppressed());
        root.put("excluded", heat.excluded());
        return root;
    }

    static ObjectNode sessions(TimeWindow window, List<Session> sessions) {
        ObjectNode root = JSON.createObjectNode();
        root.set("window", window(window));
        ArrayNode list = root.putArray("sessions");
        for (Session session : sessions) {
            ObjectNode item = list.addObject();
            item.put("id", session.id());
            item.put("firstSeen", session.firstSeen().toString());
            item.put("lastSeen", session.lastSeen().toString());
            ArrayNode reached = item.putArray("reached");
            for (ReachedNode node : session.reached()) {
                ObjectNode r = reached.addObject().put("node", node.nodeId()).put("at", node.at().toString());
                if (node.denied()) {
                    r.put("denied", true);
                }
            }
            ArrayNode links = item.putArray("links");
            for (SessionLink link : session.links()) {
                links.addObject().put("kind", link.kind().key()).put("value", link.value())
                        .put("explanation", link.explanation()).put("from", link.from()).put("to", link.to())
                        .put("at", link.at().toString());
            }
            ArrayNode observations = item.putArray("observations");
            for (Observation o : session.observations()) {
                ObjectNode obs = observations.addObject().put("time", o.eventTime().toString())
                        .put("source", o.source().key()).put("outcome", o.outcome().key());
                obs.put("tripwire", o.tripwireId()).put("node", o.nodeId()).put("object", o.object())
                        .put("dedupKey", o.dedupKey());
            }
        }
        return root;
    }

    private static ObjectNode window(TimeWindow window) {
        ObjectNode node = JSON.createObjectNode();
        node.put("from", text(window.from()));
        node.put("to", text(window.to()));
        return node;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String pretty(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always writes", e);
        }
    }
}
