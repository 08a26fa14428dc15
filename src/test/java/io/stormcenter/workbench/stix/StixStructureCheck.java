package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A structural check of STIX 2.1 bundles, written from the specification (STIX Version 2.1, OASIS
 * Standard, 10 June 2021) and independent of the exporter: section 2.7 (identifier: {@code type--UUID}
 * with the object's own type, RFC 4122 UUID), 3.2 (timestamps: RFC 3339, UTC, {@code Z}), 3.1/3.2 of
 * each object (required common properties of SDOs, SROs and SCOs), 4.x/5.x/6.x (required properties
 * per type and their ranges), 8 (bundle), 9 (patterns, their grammar roughly), 11.1 (custom property
 * names). Every {@code _ref} and {@code _refs} must name an object in the same bundle and of the
 * types the specification allows there.
 */
public final class StixStructureCheck {

    private static final Pattern ID = Pattern.compile(
            "([a-z0-9][a-z0-9-]{1,248}[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z0-9_]{3,250}");
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9-]{3,250}");
    private static final Pattern VOCAB = Pattern.compile("[a-z0-9-]+");

    private static final Set<String> SDO = Set.of("attack-pattern", "campaign", "course-of-action", "grouping",
            "identity", "incident", "indicator", "infrastructure", "intrusion-set", "location", "malware",
            "malware-analysis", "note", "observed-data", "opinion", "report", "threat-actor", "tool", "vulnerability");
    private static final Set<String> SRO = Set.of("relationship", "sighting");
    private static final Set<String> SCO = Set.of("artifact", "autonomous-system", "directory", "domain-name",
            "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic",
            "process", "software", "url", "user-account", "windows-registry-key", "x509-certificate");

    /** Required properties beyond the common ones, per type (sections 4, 5, 6). */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("attack-pattern", List.of("name")),
            Map.entry("course-of-action", List.of("name")),
            Map.entry("identity", List.of("name")),
            Map.entry("intrusion-set", List.of("name")),
            Map.entry("indicator", List.of("pattern", "pattern_type", "valid_from")),
            Map.entry("observed-data", List.of("first_observed", "last_observed", "number_observed")),
            Map.entry("relationship", List.of("relationship_type", "source_ref", "target_ref")),
            Map.entry("sighting", List.of("sighting_of_ref")),
            Map.entry("ipv4-addr", List.of("value")),
            Map.entry("ipv6-addr", List.of("value")),
            Map.entry("network-traffic", List.of("protocols")),
            Map.entry("user-account", List.of()),
            Map.entry("process", List.of()),
            Map.entry("file", List.of()));

    /** The types a reference may point to (sections 5.1, 5.2, 4.14, 6.x). */
    private static final Map<String, Set<String>> REF_TYPES = Map.of(
            "sighting_of_ref", SDO,
            "observed_data_refs", Set.of("observed-data"),
            "where_sighted_refs", Set.of("identity", "location"),
            "created_by_ref", Set.of("identity"),
            "src_ref", Set.of("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"),
            "dst_ref", Set.of("ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"),
            "image_ref", Set.of("file"),
            "parent_ref", Set.of("process"),
            "child_refs", Set.of("process"),
            "creator_user_ref", Set.of("user-account"));

    private StixStructureCheck() {
    }

    /** Every breach of the specification in the bundle, one line each; empty when it is valid. */
    public static List<String> problems(JsonNode bundle) {
        List<String> problems = new ArrayList<>();
        if (!"bundle".equals(bundle.path("type").asText())) {
            problems.add("top level: type must be 'bundle'");
        }
        if (!validId(bundle.path("id").asText(null), "bundle")) {
            problems.add("bundle: id '" + bundle.path("id").asText(null) + "' is not bundle--UUID");
        }
        if (bundle.has("spec_version")) {
            problems.add("bundle: spec_version is not a property of a STIX 2.1 bundle");
        }
        Map<String, String> types = new HashMap<>();
        for (JsonNode object : bundle.path("objects")) {
            String id = object.path("id").asText(null);
            if (id != null && types.put(id, object.path("type").asText()) != null
                    && !object.has("modified")) {
                problems.add(id + ": the id is used twice");
            }
        }
        for (JsonNode object : bundle.path("objects")) {
            checkObject(object, types, problems);
        }
        return problems;
    }

    private static void checkObject(JsonNode object, Map<String, String> types, List<String> problems) {
        String type = object.path("type").asText("");
        String id = object.path("id").asText(null);
        String at = id == null ? type : id;
        if (!TYPE_NAME.matcher(type).matches()) {
            problems.add(at + ": type '" + type + "' is not 3-250 of a-z, 0-9, '-'");
        }
        if (!validId(id, type)) {
            problems.add(at + ": id is not " + type + "--UUID");
        }
        boolean domainOrRelationship = SDO.contains(type) || SRO.contains(type);
        if (domainOrRelationship) {
            if (!"2.1".equals(object.path("spec_version").asText())) {
                problems.add(at + ": spec_version must be '2.1'");
            }
            timestamp(object, "created", true, at, problems);
            timestamp(object, "modified", true, at, problems);
            order(object, "created", "modified", at, problems);
        } else if (!SCO.contains(type) && !type.startsWith("x-")) {
            problems.add(at + ": '" + type + "' is not a STIX 2.1 type and not a custom x- type");
        }
        for (String required : REQUIRED.getOrDefault(type, List.of())) {
            if (!object.hasNonNull(required)) {
                problems.add(at + ": missing required property " + required);
            }
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PROPERTY_NAME.matcher(name).matches() && !name.equals("id")) {
                problems.add(at + ": property name '" + name + "' is not 3-250 of a-z, 0-9, '_'");
            }
        }
        switch (type) {
            case "indicator" -> {
                timestamp(object, "valid_from", true, at, problems);
                timestamp(object, "valid_until", false, at, problems);
                if ("stix".equals(object.path("pattern_type").asText())) {
                    String why = patternProblem(object.path("pattern").asText());
                    if (why != null) {
                        problems.add(at + ": pattern " + why);
                    }
                }
            }
            case "relationship" -> {
                if (!VOCAB.matcher(object.path("relationship_type").asText()).matches()) {
                    problems.add(at + ": relationship_type must be a-z, 0-9, '-'");
                }
                for (String end : List.of("source_ref", "target_ref")) {
                    String ref = object.path(end).asText();
                    String refType = StixIds.typeOf(ref);
                    if (refType.equals("bundle") || refType.equals("relationship") || refType.equals("language-content")
                            || refType.equals("marking-definition")) {
                        problems.add(at + ": " + end + " may not point to a " + refType);
                    }
                }
            }
            case "sighting" -> {
                timestamp(object, "first_seen", false, at, problems);
                timestamp(object, "last_seen", false, at, problems);
                order(object, "first_seen", "last_seen", at, problems);
                range(object, "count", 0, 999_999_999, at, problems);
            }
            case "observed-data" -> {
                timestamp(object, "first_observed", true, at, problems);
                timestamp(object, "last_observed", true, at, problems);
                order(object, "first_observed", "last_observed", at, problems);
                range(object, "number_observed", 1, 999_999_999, at, problems);
                if (object.has("objects") == object.has("object_refs")) {
                    problems.add(at + ": exactly one of objects and object_refs must be present");
                }
                for (JsonNode ref : object.path("object_refs")) {
                    String refType = StixIds.typeOf(ref.asText());
                    if (!SCO.contains(refType) && !SRO.contains(refType) && !refType.startsWith("x-")) {
                        problems.add(at + ": object_refs may name cyber-observables and relationships only, not "
                                + refType);
                    }
                }
            }
            case "ipv4-addr" -> {
                if (!object.path("value").asText().matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?")) {
                    problems.add(at + ": value is not an IPv4 address or CIDR");
                }
            }
            case "network-traffic" -> {
                if (!object.has("src_ref") && !object.has("dst_ref")) {
                    problems.add(at + ": network-traffic needs src_ref or dst_ref");
                }
            }
            case "file" -> {
                if (!object.has("name") && !object.has("hashes")) {
                    problems.add(at + ": a file needs name or hashes");
                }
            }
            default -> { }
        }
        references(object, types, at, problems);
    }

    private static void references(JsonNode object, Map<String, String> types, String at, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            List<String> refs = new ArrayList<>();
            if (name.endsWith("_ref")) {
                refs.add(field.getValue().asText());
            } else if (name.endsWith("_refs")) {
                field.getValue().forEach(r -> refs.add(r.asText()));
            } else {
                continue;
            }
            for (String ref : refs) {
                String refType = types.get(ref);
                if (refType == null) {
                    problems.add(at + ": " + name + " names " + ref + ", which is not in the bundle");
                } else if (REF_TYPES.containsKey(name) && !REF_TYPES.get(name).contains(refType)) {
                    problems.add(at + ": " + name + " may not name a " + refType);
                }
            }
        }
    }

    private static void timestamp(JsonNode object, String field, boolean required, String at, List<String> problems) {
        JsonNode value = object.get(field);
        if (value == null) {
            if (required) {
                problems.add(at + ": missing required timestamp " + field);
            }
            return;
        }
        if (!TIMESTAMP.matcher(value.asText()).matches()) {
            problems.add(at + ": " + field + " '" + value.asText() + "' is not an RFC 3339 UTC timestamp");
            return;
        }
        try {
            Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            problems.add(at + ": " + field + " '" + value.asText() + "' is not a date");
        }
    }

    private static void order(JsonNode object, String first, String last, String at, List<String> problems) {
        if (object.has(first) && object.has(last)) {
            try {
                if (Instant.parse(object.get(last).asText()).isBefore(Instant.parse(object.get(first).asText()))) {
                    problems.add(at + ": " + last + " is before " + first);
                }
            } catch (DateTimeParseException reportedAlready) {
                // timestamp() names the malformed one
            }
        }
    }

    private static void range(JsonNode object, String field, long min, long max, String at, List<String> problems) {
        JsonNode value = object.get(field);
        if (value != null && (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max)) {
            problems.add(at + ": " + field + " must be an integer from " + min + " to " + max);
        }
    }

    private static boolean validId(String id, String type) {
        if (id == null) {
            return false;
        }
        var m = ID.matcher(id);
        return m.matches() && m.group(1).equals(type);
    }

    // [type:path OP value (AND|OR ...)] (AND|OR|FOLLOWEDBY [...])*  (section 9.2, without qualifiers)
    private static final String LITERAL = "('(?:[^'\\\\]|\\\\.)*'|-?\\d+(\\.\\d+)?|true|false|\\((\\s*'(?:[^'\\\\]|\\\\.)*'\\s*,?)+\\))";
    private static final String PATH = "[a-z0-9-]+:[a-z0-9_]+(\\[(\\*|\\d+)\\]|\\.[a-z0-9_]+|\\.'[a-z0-9_-]+')*";
    private static final String COMPARISON = "(EXISTS\\s+" + PATH + "|" + PATH + "\\s*(NOT\\s+)?(=|!=|>=|<=|>|<"
            + "|MATCHES|LIKE|IN|ISSUBSET|ISSUPERSET)\\s*" + LITERAL + ")";
    private static final Pattern OBSERVATION = Pattern.compile("\\[\\s*" + COMPARISON + "(\\s+(AND|OR)\\s+"
            + COMPARISON + ")*\\s*\\]");
    private static final Pattern PATTERN = Pattern.compile(OBSERVATION.pattern() + "(\\s+(AND|OR|FOLLOWEDBY)\\s+"
            + OBSERVATION.pattern() + ")*");

    private static String patternProblem(String pattern) {
        if (!PATTERN.matcher(pattern.trim()).matches()) {
            return "'" + pattern + "' does not follow the STIX patterning grammar";
        }
        return null;
    }
}
