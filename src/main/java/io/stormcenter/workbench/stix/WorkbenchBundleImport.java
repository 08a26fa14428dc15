package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads back a bundle the workbench exported ({@link AttackModelExport}): the structure from the
 * relationships, in their {@code x_ksc_order}; the node values from {@code x_ksc_node}; trip-wires
 * from the indicators' {@code x_ksc_tripwire}. Objects that are not part of the model (someone added
 * them to the bundle) are left out and listed.
 */
final class WorkbenchBundleImport {

    private final StixBundle bundle;
    private final Oddities odd = new Oddities();

    private WorkbenchBundleImport(StixBundle bundle) {
        this.bundle = bundle;
    }

    /** The model's intrusion set, when the bundle is one the workbench wrote. */
    static Optional<ObjectNode> modelOf(StixBundle bundle) {
        return bundle.ofType("intrusion-set").stream().filter(o -> o.has(AttackModelExport.MODEL)).findFirst();
    }

    static StixImport read(StixBundle bundle, ObjectNode intrusionSet) {
        return new WorkbenchBundleImport(bundle).read(intrusionSet);
    }

    private record Edge(String from, String to, int order) {
    }

    private StixImport read(ObjectNode intrusionSet) {
        JsonNode model = intrusionSet.get(AttackModelExport.MODEL);
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (ObjectNode object : bundle.objects()) {
            String type = object.path("type").asText();
            boolean node = type.equals("attack-pattern") || type.equals("course-of-action");
            if (node && object.has(AttackModelExport.NODE)) {
                nodes.put(object.get("id").asText(), node(object, type.equals("attack-pattern") ? Role.ATTACK : Role.DEFENCE));
            } else if (node) {
                odd.add("objects that are not part of the model (left out)", object.get("id").asText());
            }
        }
        Map<String, ObjectNode> byId = new HashMap<>();
        bundle.objects().forEach(o -> byId.put(o.get("id").asText(), o));
        Map<String, List<Edge>> children = new HashMap<>();
        Map<String, List<Edge>> tripwires = new HashMap<>();
        for (ObjectNode rel : bundle.ofType("relationship")) {
            String edge = rel.path(AttackModelExport.EDGE).asText("");
            String source = rel.path("source_ref").asText();
            String target = rel.path("target_ref").asText();
            int order = rel.path(AttackModelExport.ORDER).asInt();
            switch (edge) {
                case "refinement" -> children.computeIfAbsent(source, k -> new ArrayList<>()).add(new Edge(source, target, order));
                case "counter" -> children.computeIfAbsent(target, k -> new ArrayList<>()).add(new Edge(target, source, order));
                case "tripwire" -> tripwires.computeIfAbsent(target, k -> new ArrayList<>()).add(new Edge(target, source, order));
                case "goal", "next-step" -> { } // the root is named in x_ksc_model; the order in x_ksc_order
                default -> odd.add("relationships that are not part of the model (left out)", rel.get("id").asText());
            }
        }
        List<Node> built = new ArrayList<>();
        nodes.forEach((stixId, node) -> {
            List<String> childIds = children.getOrDefault(stixId, List.of()).stream()
                    .sorted(Comparator.comparingInt(Edge::order)).map(e -> nodes.get(e.to()))
                    .filter(n -> n != null).map(Node::id).toList();
            List<Tripwire> wires = tripwires.getOrDefault(stixId, List.of()).stream()
                    .sorted(Comparator.comparingInt(Edge::order)).map(e -> byId.get(e.to()))
                    .filter(i -> i != null && i.has(AttackModelExport.TRIPWIRE)).map(this::tripwire)
                    .flatMap(Optional::stream).toList();
            built.add(node.withChildren(childIds).withTripwires(wires));
        });
        String description = intrusionSet.path("description").asText("");
        AttackTree tree = new AttackTree(model.path("id").asText("stix-import"), model.path("title").asText(""),
                description, model.path("root").asText(""), built);
        List<String> warnings = new ArrayList<>(bundle.oddities());
        warnings.addAll(odd.lines());
        return new StixImport(tree, warnings);
    }

    private static Node node(ObjectNode object, Role role) {
        JsonNode ksc = object.get(AttackModelExport.NODE);
        JsonNode e = ksc.path("estimates");
        Estimates estimates = e.isObject() ? new Estimates(number(e, "probability"), number(e, "confidence"),
                number(e, "cost"), number(e, "timeHours"), e.hasNonNull("skill") ? e.get("skill").asInt() : null,
                e.hasNonNull("rationale") ? e.get("rationale").asText() : null) : Estimates.NONE;
        JsonNode p = ksc.path("position");
        Position position = p.isObject() ? new Position(p.path("x").asDouble(), p.path("y").asDouble()) : null;
        Gate gate;
        try {
            gate = Gate.fromKey(ksc.path("gate").asText("OR"));
        } catch (IllegalArgumentException unknown) {
            gate = Gate.OR;
        }
        DefenceStatus status = null;
        if (ksc.hasNonNull("status")) {
            try {
                status = DefenceStatus.fromKey(ksc.get("status").asText());
            } catch (IllegalArgumentException unknown) {
                status = null; // an unknown standing reads as the default: in place
            }
        }
        return new Node(ksc.path("id").asText(), ksc.path("label").asText(object.path("name").asText("")),
                object.path("description").asText(""), role, gate, List.of(), estimates, number(ksc, "impact"),
                Techniques.read(object), List.of(), ksc.path("notes").asText(""), position, status);
    }

    private Optional<Tripwire> tripwire(ObjectNode indicator) {
        JsonNode ksc = indicator.get(AttackModelExport.TRIPWIRE);
        TripwireKind kind;
        try {
            kind = TripwireKind.fromKey(ksc.path("kind").asText());
        } catch (IllegalArgumentException unknown) {
            odd.add("trip-wires of a kind this workbench does not know (left out)", ksc.path("kind").asText());
            return Optional.empty();
        }
        Map<String, String> params = new TreeMap<>();
        ksc.path("params").fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue().asText()));
        return Optional.of(new Tripwire(ksc.path("id").asText(), kind, params));
    }

    private static Double number(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }
}
