package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Others' sightings as evidence for this tree. A sighting counts for the node its attack pattern
 * names: by id when the sender shares this model (the ids are UUIDv5 of model and node), else by the
 * node id the workbench writes beside it, else by a label that names exactly one node, else by an
 * ATT&CK technique exactly one node carries. Sightings are grouped into the sender's sessions
 * ({@code x_ksc_session}), because calibration counts sessions, not events; a sighting without a
 * session is a session of its own. What matches nothing is listed, not guessed.
 */
public final class SightingsImport {

    private SightingsImport() {
    }

    /**
     * Reads a sightings bundle against a tree.
     *
     * @param fallbackOrigin who sent it when the bundle names no identity (e.g. the file name)
     */
    public static SharedSightings read(byte[] content, String source, AttackTree tree, String fallbackOrigin)
            throws ModelFormatException {
        StixBundle bundle = StixBundle.parse(content, source);
        Oddities odd = new Oddities();
        Map<String, ObjectNode> byId = new HashMap<>();
        bundle.objects().forEach(o -> byId.put(o.get("id").asText(), o));
        Map<String, Set<String>> reachedBySession = new LinkedHashMap<>();
        String sender = null;
        int matched = 0;
        for (ObjectNode sighting : bundle.ofType("sighting")) {
            String ref = sighting.path("sighting_of_ref").asText("");
            String nodeId = nodeFor(byId.get(ref), ref, tree);
            if (nodeId == null) {
                odd.add("sightings of nothing in this model (left out)", name(byId.get(ref), ref));
                continue;
            }
            matched++;
            String session = sighting.path(SightingsExport.SESSION).asText("");
            if (session.isEmpty()) {
                odd.add("sightings without a session (each counted as a session of its own)", sighting.get("id").asText());
                session = sighting.get("id").asText();
            }
            reachedBySession.computeIfAbsent(session, k -> new LinkedHashSet<>()).add(nodeId);
            for (JsonNode where : sighting.path("where_sighted_refs")) {
                ObjectNode identity = byId.get(where.asText());
                if (sender == null && identity != null && identity.hasNonNull("name")) {
                    sender = identity.get("name").asText();
                }
            }
        }
        if (bundle.ofType("sighting").isEmpty()) {
            odd.add("bundles without sightings", source);
        }
        String origin = "stix: " + (sender != null ? sender : fallbackOrigin);
        EvidenceSet evidence = EvidenceSet.fromSessions(tree, origin, new ArrayList<>(reachedBySession.values()));
        List<String> oddities = new ArrayList<>(bundle.oddities());
        oddities.addAll(odd.lines());
        return new SharedSightings(origin, evidence, reachedBySession.size(), matched, oddities);
    }

    private static String nodeFor(ObjectNode pattern, String ref, AttackTree tree) {
        for (Node node : tree.nodes()) {
            if (StixIds.of("attack-pattern", tree.id(), node.id()).equals(ref)) {
                return node.id();
            }
        }
        if (pattern == null) {
            return null;
        }
        String ours = pattern.path(AttackModelExport.NODE).path("id").asText(null);
        String name = pattern.path("name").asText("").strip();
        if (ours != null && tree.contains(ours) && tree.node(ours).label().equalsIgnoreCase(name)) {
            return ours;
        }
        List<Node> byLabel = tree.nodes().stream().filter(n -> n.label().strip().equalsIgnoreCase(name)).toList();
        if (byLabel.size() == 1) {
            return byLabel.get(0).id();
        }
        for (String technique : Techniques.read(pattern)) {
            List<Node> tagged = tree.nodes().stream().filter(n -> n.techniques().contains(technique)).toList();
            if (tagged.size() == 1) {
                return tagged.get(0).id();
            }
        }
        return null;
    }

    private static String name(ObjectNode object, String ref) {
        return object == null ? ref : object.path("name").asText(ref).toLowerCase(Locale.ROOT).isEmpty() ? ref
                : object.path("name").asText(ref);
    }
}
