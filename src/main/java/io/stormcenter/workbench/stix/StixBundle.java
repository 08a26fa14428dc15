package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.format.ModelFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects of a STIX bundle, or of a JSON array of bundles, read leniently: real bundles bend
 * the specification (ids that are not UUIDs, no {@code created}/{@code modified}, a 2.0-style
 * {@code spec_version} on the bundle, unknown properties), so everything that can be used is kept
 * and every bend is listed in {@link #oddities()}. Only text that is not JSON, or JSON that holds no
 * bundle, is refused.
 */
record StixBundle(List<ObjectNode> objects, List<String> oddities) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The properties the specification defines, for the types the workbench reads (section 4 to 7). */
    private static final Set<String> COMMON = Set.of("type", "spec_version", "id", "created_by_ref", "created",
            "modified", "revoked", "labels", "confidence", "lang", "external_references", "object_marking_refs",
            "granular_markings", "extensions", "defanged");
    private static final Map<String, Set<String>> DEFINED = Map.of(
            "attack-pattern", Set.of("name", "description", "aliases", "kill_chain_phases"),
            "intrusion-set", Set.of("name", "description", "aliases", "first_seen", "last_seen", "goals",
                    "resource_level", "primary_motivation", "secondary_motivations"),
            "indicator", Set.of("name", "description", "indicator_types", "pattern", "pattern_type",
                    "pattern_version", "valid_from", "valid_until", "kill_chain_phases"),
            "course-of-action", Set.of("name", "description", "action"),
            "relationship", Set.of("relationship_type", "description", "source_ref", "target_ref", "start_time",
                    "stop_time"),
            "sighting", Set.of("description", "first_seen", "last_seen", "count", "sighting_of_ref",
                    "observed_data_refs", "where_sighted_refs", "summary"),
            "observed-data", Set.of("first_observed", "last_observed", "number_observed", "objects", "object_refs"),
            "identity", Set.of("name", "description", "roles", "identity_class", "sectors", "contact_information"));
    /** Domain and relationship objects: they must carry spec_version, created and modified. */
    private static final Set<String> SDO_SRO = Set.of("attack-pattern", "campaign", "course-of-action", "grouping",
            "identity", "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware",
            "malware-analysis", "note", "observed-data", "opinion", "report", "threat-actor", "tool",
            "vulnerability", "relationship", "sighting");

    StixBundle {
        objects = List.copyOf(objects);
        oddities = List.copyOf(oddities);
    }

    static StixBundle parse(byte[] content, String source) throws ModelFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ModelFormatException(source, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    "the file is not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ModelFormatException(source, -1, -1, "cannot read the bundle: " + e.getMessage(), e);
        }
        Oddities odd = new Oddities();
        List<JsonNode> bundles = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (JsonNode element : root) {
                if (isBundle(element)) {
                    bundles.add(element);
                } else {
                    odd.add("array elements that are not bundles (skipped)", describe(element));
                }
            }
            if (bundles.size() > 1) {
                odd.add("several bundles in one file (read as one)", bundles.size() + " bundles");
            }
        } else if (isBundle(root)) {
            bundles.add(root);
        }
        if (bundles.isEmpty()) {
            throw new ModelFormatException(source, "no STIX bundle in it: expected {\"type\": \"bundle\", ...}"
                    + " or an array of bundles");
        }
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (JsonNode bundle : bundles) {
            collect(bundle, odd, byId);
        }
        return new StixBundle(new ArrayList<>(byId.values()), odd.lines());
    }

    private static void collect(JsonNode bundle, Oddities odd, Map<String, ObjectNode> byId) {
        String bundleId = bundle.path("id").asText(null);
        if (!StixIds.valid(bundleId, "bundle")) {
            odd.add("ids that are not type--UUID", String.valueOf(bundleId));
        }
        if (bundle.has("spec_version")) {
            odd.add("bundles with spec_version (a STIX 2.0 property)", String.valueOf(bundleId));
        }
        JsonNode objects = bundle.path("objects");
        if (!objects.isArray()) {
            odd.add("bundles without an objects list", String.valueOf(bundleId));
            return;
        }
        int index = 0;
        for (JsonNode element : objects) {
            index++;
            if (!(element instanceof ObjectNode object) || !element.path("type").isTextual()) {
                odd.add("objects without a type (skipped)", "object " + index + " of " + bundleId);
                continue;
            }
            String type = object.get("type").asText();
            String id = object.path("id").asText(null);
            if (id == null) {
                id = type + "--missing-id-" + index;
                odd.add("objects without an id", type + " " + index);
                object = object.deepCopy();
                object.put("id", id);
            } else if (!StixIds.valid(id, type)) {
                odd.add("ids that are not type--UUID", id);
            }
            check(type, id, object, odd);
            ObjectNode earlier = byId.get(id);
            if (earlier == null) {
                byId.put(id, object);
            } else if (!earlier.equals(object)) {
                odd.add("ids used for different objects (the later modified kept)", id);
                if (object.path("modified").asText("").compareTo(earlier.path("modified").asText("")) > 0) {
                    byId.put(id, object);
                }
            }
        }
    }

    private static void check(String type, String id, ObjectNode object, Oddities odd) {
        if (SDO_SRO.contains(type)) {
            for (String required : List.of("spec_version", "created", "modified")) {
                if (!object.has(required)) {
                    odd.add("objects without " + required, id);
                }
            }
        }
        Set<String> defined = DEFINED.get(type);
        if (defined == null) {
            return;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!COMMON.contains(name) && !defined.contains(name) && !name.startsWith("x_")) {
                odd.add("properties the specification does not define (kept out)", type + "." + name);
            }
        }
    }

    private static boolean isBundle(JsonNode node) {
        return node != null && node.isObject() && "bundle".equals(node.path("type").asText());
    }

    private static String describe(JsonNode element) {
        return element.isObject() ? "type " + element.path("type").asText("(none)") : element.getNodeType().toString()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The objects of one type, in bundle order. */
    List<ObjectNode> ofType(String type) {
        return objects.stream().filter(o -> type.equals(o.path("type").asText())).toList();
    }
}
