package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.heat.ReachedNode;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.telemetry.Actor;
import io.stormcenter.workbench.telemetry.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions as a STIX 2.1 bundle of {@code sighting}s, anonymised: for every node a session reached
 * (leaves and the inner nodes their gates made reached), a sighting of the node's
 * {@code attack-pattern} (the same UUIDv5 id as in the model's export, so a receiver with the model
 * matches it exactly), with the session as a keyed pseudonym ({@code x_ksc_session}) and, for leaves,
 * the {@code observed-data} of the observations that fired it: {@code process}, {@code file},
 * {@code network-traffic} with {@code ipv4-addr}, {@code user-account}, the Kubernetes object touched.
 * Nothing from an event's raw JSON leaves; every name is a pseudonym and every address truncated
 * or hashed ({@link Anonymiser}).
 */
final class SightingsExport {

    static final String SESSION = "x_ksc_session";
    static final String SENSOR_EVENT = "x-ksc-sensor-event";

    private final AttackTree tree;
    private final Anonymiser anonymiser;
    private final ShareOptions options;
    private final String timestamp;
    private final ObjectNode bundle = StixBundle.JSON.createObjectNode();
    private final ArrayNode objects;
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private final Map<String, ObjectNode> observables = new LinkedHashMap<>();
    private final String sender;

    private SightingsExport(AttackTree tree, Anonymiser anonymiser, ShareOptions options, Instant now) {
        this.tree = tree;
        this.anonymiser = anonymiser;
        this.options = options;
        this.timestamp = StixTime.format(now);
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.of("bundle", anonymiser.hash("bundle"), timestamp));
        this.objects = bundle.putArray("objects");
        this.sender = StixIds.of("identity", anonymiser.hash("sender"));
    }

    static ObjectNode bundle(AttackTree tree, List<Session> sessions, ShareOptions options, Anonymiser anonymiser,
                             Instant now) {
        SightingsExport export = new SightingsExport(tree, anonymiser, options, now);
        export.write(sessions);
        return export.bundle;
    }

    private void write(List<Session> sessions) {
        learnNames(sessions);
        ObjectNode identity = sdo("identity", sender);
        identity.put("name", options.sender());
        identity.put("identity_class", "system");
        for (Session session : sessions) {
            String pseudonym = "session-" + anonymiser.hash("session\u0000" + session.id()).substring(0, 16);
            Map<String, List<String>> observedByNode = new LinkedHashMap<>();
            for (Observation observation : session.observations()) {
                if (observation.nodeId() != null && observation.outcome().fired() && tree.contains(observation.nodeId())) {
                    observedByNode.computeIfAbsent(observation.nodeId(), k -> new ArrayList<>())
                            .add(observedData(observation));
                }
            }
            for (ReachedNode reached : session.reached()) {
                Node node = tree.node(reached.nodeId());
                if (node != null) {
                    sighting(node, reached, pseudonym, observedByNode.getOrDefault(node.id(), List.of()), session);
                }
            }
        }
    }

    /** Every name the observations carry is known before any free text is scrubbed, so none slips through. */
    private void learnNames(List<Session> sessions) {
        for (Session session : sessions) {
            for (Observation observation : session.observations()) {
                Actor actor = observation.actor();
                anonymiser.pseudonym("node", actor.node());
                anonymiser.pseudonym("namespace", actor.namespace());
                anonymiser.pseudonym("pod", actor.pod());
                anonymiser.pseudonym("container", actor.containerId());
                anonymiser.pseudonym("user", actor.user());
                anonymiser.pseudonym("user", actor.impersonatedUser());
                String[] parts = observation.object() == null || observation.object().startsWith("/") ? new String[0]
                        : observation.object().split("/");
                if (parts.length == 3) {
                    anonymiser.pseudonym("namespace", parts[1]);
                    anonymiser.pseudonym("object", parts[2]);
                } else if (parts.length == 2) {
                    anonymiser.pseudonym("object", parts[1]);
                }
            }
        }
        // after the observations' own, so a namespace is namespace-1 in its field and in free text alike
        options.names().forEach(n -> anonymiser.pseudonym("name", n));
    }

    private void sighting(Node node, ReachedNode reached, String session, List<String> observed, Session whole) {
        ObjectNode sighting = sdo("sighting", StixIds.of("sighting", anonymiser.hash(session), node.id()));
        sighting.put("description", (reached.denied() ? "Attempted (refused by the API server): " : "Reached: ")
                + label(node));
        sighting.put("first_seen", StixTime.format(reached.at()));
        sighting.put("last_seen", StixTime.format(observed.isEmpty() ? reached.at() : lastSeen(whole, node.id(), reached.at())));
        sighting.put("count", Math.max(1, observed.size()));
        sighting.put("sighting_of_ref", attackPattern(node));
        if (!observed.isEmpty()) {
            ArrayNode refs = sighting.putArray("observed_data_refs");
            observed.forEach(refs::add);
        }
        sighting.putArray("where_sighted_refs").add(sender);
        sighting.put(SESSION, session);
        sighting.put("x_ksc_denied", reached.denied());
    }

    private static Instant lastSeen(Session session, String nodeId, Instant first) {
        Instant last = first;
        for (Observation o : session.observations()) {
            if (nodeId.equals(o.nodeId()) && o.eventTime().isAfter(last)) {
                last = o.eventTime();
            }
        }
        return last;
    }

    /** The node's attack-pattern, written once, with the model export's id; only what names the step. */
    private String attackPattern(Node node) {
        return patterns.computeIfAbsent(node.id(), id -> {
            String stixId = StixIds.of("attack-pattern", tree.id(), node.id());
            ObjectNode pattern = sdo("attack-pattern", stixId);
            pattern.put("name", label(node));
            Techniques.write(node.techniques(), pattern);
            pattern.putObject(AttackModelExport.NODE).put("id", node.id());
            return stixId;
        });
    }

    private String observedData(Observation observation) {
        List<String> refs = new ArrayList<>();
        Actor actor = observation.actor();
        String key = anonymiser.hash("observation\u0000" + observation.dedupKey());
        ObjectNode event = sco(SENSOR_EVENT, key, refs);
        event.put("sensor", observation.source().key());
        event.put("outcome", observation.outcome().key());
        if (actor.binary() != null || actor.arguments() != null) {
            ObjectNode process = sco("process", key, refs);
            String line = (actor.binary() == null ? "" : actor.binary())
                    + (actor.arguments() == null || actor.arguments().isBlank() ? "" : " " + actor.arguments());
            process.put("command_line", anonymiser.scrub(line.strip()));
            if (actor.binary() != null) {
                ObjectNode file = sco("file", "binary\u0000" + anonymiser.scrub(actor.binary()), refs);
                file.put("name", anonymiser.scrub(actor.binary()));
                process.put("image_ref", file.get("id").asText());
            }
        }
        if (actor.user() != null) {
            String user = anonymous(actor.user());
            ObjectNode account = sco("user-account", "user\u0000" + user, refs);
            account.put("user_id", user);
            account.put("account_type", actor.user().startsWith("system:serviceaccount:")
                    ? "x-kubernetes-serviceaccount" : "x-kubernetes-user");
        }
        for (String ip : actor.sourceIps()) {
            String published = anonymiser.address(ip);
            if (published == null) {
                continue;
            }
            String type = published.contains(":") ? "ipv6-addr" : "ipv4-addr";
            ObjectNode address = sco(type, "address\u0000" + published, refs);
            address.put("value", published);
            ObjectNode traffic = sco("network-traffic", key + published, refs);
            traffic.put("src_ref", address.get("id").asText());
            traffic.putArray("protocols").add("tcp");
        }
        objectTouched(observation.object(), key, refs);
        ObjectNode data = sdo("observed-data", StixIds.of("observed-data", key));
        data.put("first_observed", StixTime.format(observation.eventTime()));
        data.put("last_observed", StixTime.format(observation.eventTime()));
        data.put("number_observed", 1);
        ArrayNode objectRefs = data.putArray("object_refs");
        refs.forEach(objectRefs::add);
        return data.get("id").asText();
    }

    private void objectTouched(String object, String key, List<String> refs) {
        if (object == null || object.isBlank()) {
            return;
        }
        if (object.startsWith("/")) {
            ObjectNode file = sco("file", "path\u0000" + anonymiser.scrub(object), refs);
            file.put("name", anonymiser.scrub(object));
            return;
        }
        String destination = anonymiser.address(withoutPort(object));
        if (destination != null) { // a connection's far end (Tetragon's sock_arg), not an API object
            String type = destination.contains(":") ? "ipv6-addr" : "ipv4-addr";
            ObjectNode address = sco(type, "address\u0000" + destination, refs);
            address.put("value", destination);
            ObjectNode traffic = sco("network-traffic", key + "dst" + destination, refs);
            traffic.put("dst_ref", address.get("id").asText());
            traffic.putArray("protocols").add("tcp");
            return;
        }
        String[] parts = object.split("/");
        ObjectNode request = sco(IndicatorPatterns.API_REQUEST, key + object, refs);
        request.put("resource", anonymiser.scrub(parts[0]));
        if (parts.length == 3) {
            request.put("namespace", anonymiser.pseudonym("namespace", parts[1]));
            request.put("name", anonymiser.pseudonym("object", parts[2]));
        } else if (parts.length == 2) {
            request.put("name", anonymiser.pseudonym("object", parts[1]));
        }
    }

    /** {@code 10.0.0.1:22} and {@code [fd00::1]:22} without their port; anything else as it is. */
    private static String withoutPort(String text) {
        if (text.startsWith("[") && text.contains("]")) {
            return text.substring(1, text.indexOf(']'));
        }
        int colon = text.lastIndexOf(':');
        return colon > 0 && text.indexOf(':') == colon && text.substring(colon + 1).matches("\\d{1,5}")
                ? text.substring(0, colon) : text;
    }

    /** Kubernetes' own system identities say nothing about anyone; every other user is a pseudonym. */
    private String anonymous(String user) {
        if (user.equals("system:anonymous") || user.equals("system:unauthenticated")) {
            return user;
        }
        return anonymiser.pseudonym("user", user);
    }

    private ObjectNode sdo(String type, String id) {
        return StixObjects.add(objects, type, id, timestamp);
    }

    /** A cyber-observable, written once per content key; its id is added to the observation's refs. */
    private ObjectNode sco(String type, String contentKey, List<String> refs) {
        String id = StixIds.observable(type, anonymiser.hash(type + "\u0000" + contentKey));
        ObjectNode object = observables.computeIfAbsent(id, made -> {
            ObjectNode created = objects.addObject();
            created.put("type", type);
            created.put("spec_version", "2.1");
            created.put("id", made);
            return created;
        });
        if (!refs.contains(id)) {
            refs.add(id);
        }
        return object;
    }

    private static String label(Node node) {
        return node.label().isBlank() ? node.id() : node.label();
    }
}
