package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.honeycluster.TripwireCatalogue;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Ids;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Tripwire;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An attack model from someone else's bundle, read the way the Storm Center writes them: an
 * {@code intrusion-set} {@code uses} the first {@code attack-pattern} of a path whose steps are
 * chained {@code related-to}; the path becomes a SAND gate under the intrusion set's goal, a step with
 * several successors an OR of the branches, several intrusion sets OR branches of one root.
 * {@code indicator}s that {@code indicate} a step become its trip-wires where their pattern maps to a
 * sensor of ours ({@link IndicatorPatterns}) and notes with the pattern where not; a
 * {@code course-of-action} that {@code mitigates} a step becomes its defence; ATT&CK references
 * become technique tags. Attack patterns no intrusion set reaches are kept as further OR branches.
 */
final class ThreatIntelImport {

    private final StixBundle bundle;
    private final Oddities odd = new Oddities();
    private final Map<String, ObjectNode> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> uses = new LinkedHashMap<>();
    private final Map<String, List<String>> next = new LinkedHashMap<>();
    private final Map<String, List<String>> indicators = new LinkedHashMap<>();
    private final Map<String, List<String>> mitigations = new LinkedHashMap<>();
    private final Set<String> hasPredecessor = new HashSet<>();
    private final Set<String> placed = new HashSet<>();
    private final Set<String> usedIndicators = new HashSet<>();
    private final Set<String> usedMitigations = new HashSet<>();
    private final Set<String> nodeIds = new HashSet<>();
    private final Set<String> tripwireIds = new HashSet<>();
    private final List<Node> nodes = new ArrayList<>();
    private final TripwireCatalogue catalogue = new TripwireCatalogue();

    private ThreatIntelImport(StixBundle bundle) {
        this.bundle = bundle;
    }

    static StixImport read(StixBundle bundle) {
        return new ThreatIntelImport(bundle).read();
    }

    private StixImport read() {
        bundle.objects().forEach(o -> byId.put(o.get("id").asText(), o));
        index();
        List<ObjectNode> sets = bundle.ofType("intrusion-set");
        List<String> branches = new ArrayList<>();
        for (ObjectNode set : sets) {
            branches.add(intrusionSet(set));
        }
        List<String> orphans = new ArrayList<>();
        for (ObjectNode pattern : bundle.ofType("attack-pattern")) {
            String id = pattern.get("id").asText();
            if (!placed.contains(id) && !hasPredecessor.contains(id)) {
                orphans.add(sequence(id, new LinkedHashSet<>()));
            }
        }
        for (ObjectNode pattern : bundle.ofType("attack-pattern")) {
            // a cycle with no entry point: start it anywhere rather than lose it
            if (!placed.contains(pattern.get("id").asText())) {
                orphans.add(sequence(pattern.get("id").asText(), new LinkedHashSet<>()));
            }
        }
        if (!sets.isEmpty()) {
            orphans.forEach(o -> odd.add("attack patterns no intrusion set uses (kept as further branches)", labelOf(o)));
        }
        branches.addAll(orphans);
        reportLeftovers();
        if (branches.isEmpty()) {
            return new StixImport(AttackTree.single("stix-import", "Imported STIX bundle",
                    Node.attack("goal", "Nothing to import: the bundle has no intrusion set or attack pattern")),
                    warnings());
        }
        String rootId;
        if (branches.size() == 1) {
            rootId = branches.get(0);
        } else {
            rootId = add(Node.attack(fresh("any-intrusion"), sets.size() > 1 ? "Any of " + sets.size() + " intrusion sets"
                    : "Any of the attack paths").withGate(Gate.OR).withChildren(branches));
        }
        String title = sets.isEmpty() ? labelOf(rootId) : sets.size() == 1 ? text(sets.get(0), "name")
                : String.join(" / ", sets.stream().map(s -> text(s, "name")).toList());
        String treeId = sets.size() == 1 ? Ids.slug(text(sets.get(0), "name")) : "stix-import";
        // the root first, as in every native file: readers and the canvas start there
        List<Node> ordered = new ArrayList<>();
        nodes.stream().filter(n -> n.id().equals(rootId)).forEach(ordered::add);
        nodes.stream().filter(n -> !n.id().equals(rootId)).forEach(ordered::add);
        return new StixImport(new AttackTree(treeId, title, "Imported from a STIX 2.1 bundle.", rootId, ordered),
                warnings());
    }

    private void index() {
        for (ObjectNode rel : bundle.ofType("relationship")) {
            String type = text(rel, "relationship_type");
            String source = text(rel, "source_ref");
            String target = text(rel, "target_ref");
            if (!byId.containsKey(source) || !byId.containsKey(target)) {
                odd.add("relationships to objects that are not in the bundle (left out)", text(rel, "id"));
                continue;
            }
            String sourceType = StixIds.typeOf(source);
            String targetType = StixIds.typeOf(target);
            switch (type) {
                case "uses" -> uses.computeIfAbsent(source, k -> new ArrayList<>()).add(target);
                case "related-to" -> {
                    if (sourceType.equals("attack-pattern") && targetType.equals("attack-pattern")) {
                        next.computeIfAbsent(source, k -> new ArrayList<>()).add(target);
                        hasPredecessor.add(target);
                    } else {
                        odd.add("related-to between objects that are not attack patterns (left out)", text(rel, "id"));
                    }
                }
                case "indicates" -> indicators.computeIfAbsent(target, k -> new ArrayList<>()).add(source);
                case "mitigates" -> mitigations.computeIfAbsent(target, k -> new ArrayList<>()).add(source);
                default -> odd.add("relationship types the workbench does not read (left out)", type);
            }
        }
    }

    private String intrusionSet(ObjectNode set) {
        String setId = text(set, "id");
        List<String> heads = uses.getOrDefault(setId, List.of()).stream()
                .filter(t -> StixIds.typeOf(t).equals("attack-pattern")).toList();
        StringBuilder description = new StringBuilder(text(set, "description"));
        List<String> goals = new ArrayList<>();
        set.path("goals").forEach(g -> goals.add(g.asText()));
        if (!goals.isEmpty()) {
            description.append(description.length() > 0 ? "\n\n" : "").append("Goals: ").append(String.join("; ", goals));
        }
        List<String> children = new ArrayList<>();
        Gate gate = Gate.SAND;
        if (heads.size() == 1) {
            children.addAll(steps(heads.get(0), new LinkedHashSet<>()));
        } else {
            for (String head : heads) {
                children.add(sequence(head, new LinkedHashSet<>()));
            }
            if (heads.size() > 1) {
                gate = Gate.AND;
                odd.add("intrusion sets that use several separate paths (imported as AND: the order is unknown)",
                        text(set, "name"));
            } else {
                odd.add("intrusion sets that use no attack pattern", text(set, "name"));
            }
        }
        Indicated indicated = indicated(setId);
        Node node = new Node(fresh(Ids.slug(text(set, "name"))), text(set, "name"), description.toString(), Role.ATTACK,
                gate, children, null, null, Techniques.read(set), indicated.tripwires(), indicated.notes(), null);
        return add(node);
    }

    /** A path from this step as one node: the step itself, or a SAND of its steps. */
    private String sequence(String head, Set<String> onPath) {
        List<String> steps = steps(head, onPath);
        if (steps.size() == 1) {
            return steps.get(0);
        }
        return add(Node.attack(fresh("path-" + Ids.slug(text(byId.get(head), "name"))),
                "Path from " + text(byId.get(head), "name")).withGate(Gate.SAND).withChildren(steps));
    }

    /** The steps of the related-to chain from here; where it branches, one OR node for the branches. */
    private List<String> steps(String patternId, Set<String> onPath) {
        List<String> steps = new ArrayList<>();
        String current = patternId;
        while (current != null) {
            if (!onPath.add(current)) {
                odd.add("related-to chains that loop (cut where they return)", text(byId.get(current), "name"));
                break;
            }
            steps.add(step(current));
            List<String> after = next.getOrDefault(current, List.of());
            if (after.size() == 1) {
                current = after.get(0);
            } else {
                if (after.size() > 1) {
                    List<String> branches = new ArrayList<>();
                    for (String branch : after) {
                        branches.add(sequence(branch, new LinkedHashSet<>(onPath)));
                    }
                    steps.add(add(Node.attack(fresh("then-" + Ids.slug(text(byId.get(current), "name"))),
                            "Then one of " + after.size() + " ways").withGate(Gate.OR).withChildren(branches)));
                }
                current = null;
            }
        }
        return steps;
    }

    /** One attack step: a node for this placement of the attack pattern (a pattern used twice gets two nodes). */
    private String step(String patternId) {
        ObjectNode pattern = byId.get(patternId);
        if (!placed.add(patternId)) {
            odd.add("attack patterns on several paths (one node per place)", text(pattern, "name"));
        }
        List<String> defences = new ArrayList<>();
        for (String coaId : mitigations.getOrDefault(patternId, List.of())) {
            ObjectNode coa = byId.get(coaId);
            if (!"course-of-action".equals(text(coa, "type"))) {
                continue;
            }
            usedMitigations.add(coaId);
            defences.add(add(new Node(fresh(Ids.slug(text(coa, "name"))), text(coa, "name"), text(coa, "description"),
                    Role.DEFENCE, Gate.OR, List.of(), null, null, Techniques.read(coa), List.of(), "", null)));
        }
        if (defences.size() > 1) {
            odd.add("attack patterns with several courses of action (the first counters it, the rest are left out)",
                    text(pattern, "name"));
            defences = defences.subList(0, 1);
        }
        String name = text(pattern, "name");
        Indicated indicated = indicated(patternId);
        return add(new Node(fresh(Ids.slug(name)), name, text(pattern, "description"), Role.ATTACK, Gate.OR, defences,
                null, null, Techniques.read(pattern), indicated.tripwires(), indicated.notes(), null));
    }

    /** What the indicators of an object give its node: trip-wires where they map to a sensor of ours, notes where not. */
    private record Indicated(List<Tripwire> tripwires, String notes) {
    }

    private Indicated indicated(String targetId) {
        List<Tripwire> tripwires = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String indicatorId : indicators.getOrDefault(targetId, List.of())) {
            ObjectNode indicator = byId.get(indicatorId);
            if (!"indicator".equals(text(indicator, "type"))) {
                continue;
            }
            usedIndicators.add(indicatorId);
            String name = text(indicator, "name");
            String patternType = indicator.path("pattern_type").asText("stix");
            String note = "STIX indicator '" + name + "' (" + patternType + "): " + text(indicator, "pattern");
            Optional<IndicatorPatterns.Mapped> mapped = "stix".equals(patternType)
                    ? IndicatorPatterns.tripwireOf(name, StixPattern.parse(text(indicator, "pattern"))) : Optional.empty();
            if (mapped.isEmpty()) {
                notes.add(note);
                continue;
            }
            String base = "tw-" + Ids.slug(name.isBlank() ? indicatorId : name);
            Tripwire tripwire = new Tripwire(base, mapped.get().kind(), mapped.get().params());
            TripwireCatalogue.Parsed parsed = catalogue.parse(targetId, tripwire);
            if (!parsed.ok()) {
                // a spec the compiler would refuse is no trip-wire; the pattern stays with the step
                odd.add("indicators whose pattern maps to no valid trip-wire (kept as notes)", "'" + name + "': "
                        + parsed.problems().stream().filter(Problem::isError).map(Problem::message).findFirst().orElse(""));
                notes.add(note);
                continue;
            }
            tripwires.add(new Tripwire(freshTripwire(base), tripwire.kind(), tripwire.params()));
            if (mapped.get().assumption() != null) {
                odd.add("indicators mapped with an assumption", "'" + name + "': " + mapped.get().assumption());
            }
        }
        return new Indicated(tripwires, String.join("\n", notes));
    }

    private void reportLeftovers() {
        for (ObjectNode indicator : bundle.ofType("indicator")) {
            if (!usedIndicators.contains(text(indicator, "id"))) {
                odd.add("indicators that indicate nothing in the model (left out)", text(indicator, "name"));
            }
        }
        for (ObjectNode coa : bundle.ofType("course-of-action")) {
            if (!usedMitigations.contains(text(coa, "id"))) {
                odd.add("courses of action that mitigate nothing in the model (left out)", text(coa, "name"));
            }
        }
        Set<String> read = Set.of("intrusion-set", "attack-pattern", "indicator", "course-of-action", "relationship");
        for (ObjectNode object : bundle.objects()) {
            String type = text(object, "type");
            if (!read.contains(type)) {
                odd.add("objects that are not part of an attack model (left out)", type);
            }
        }
    }

    private List<String> warnings() {
        List<String> all = new ArrayList<>(bundle.oddities());
        all.addAll(odd.lines());
        return all;
    }

    private String add(Node node) {
        nodes.add(node);
        return node.id();
    }

    private String labelOf(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).map(Node::label).findFirst().orElse(nodeId);
    }

    private String fresh(String base) {
        return unique(base, nodeIds);
    }

    private String freshTripwire(String base) {
        return unique(base, tripwireIds);
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String text(JsonNode object, String field) {
        if (object == null) {
            return "";
        }
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? "" : value.isTextual() ? value.asText()
                : value.toString().toLowerCase(Locale.ROOT);
    }
}
