package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Tripwire;
import java.time.Instant;
import java.util.List;

/**
 * A tree as a STIX 2.1 bundle, in the Storm Center's shape: the model is an {@code intrusion-set}
 * that {@code uses} the root's {@code attack-pattern}; attack nodes are attack-patterns, defences
 * {@code course-of-action}s that {@code mitigate} what they counter; each refinement is a
 * {@code related-to} from parent to child, and the children of a SAND gate are also chained
 * {@code related-to} in their order, as KSC's path bundles are; trip-wires are {@code indicator}s
 * with STIX patterns that {@code indicate} their node; technique tags are external references.
 *
 * <p>Ids are UUIDv5 of the model id and the node (or trip-wire) id, so a re-export of the same
 * model updates what a receiver holds. What STIX has no property for (gates, estimates, impact,
 * positions, notes, a trip-wire's exact parameters, the order of children) travels in {@code x_ksc_}
 * properties, which the specification allows and other tools ignore; with them our own import
 * gives back the same tree.
 */
final class AttackModelExport {

    static final String EDGE = "x_ksc_edge";
    static final String ORDER = "x_ksc_order";
    static final String MODEL = "x_ksc_model";
    static final String NODE = "x_ksc_node";
    static final String TRIPWIRE = "x_ksc_tripwire";

    private final AttackTree tree;
    private final String timestamp;
    private final ArrayNode objects;
    private final ObjectNode bundle;

    private AttackModelExport(AttackTree tree, Instant now) {
        this.tree = tree;
        this.timestamp = StixTime.format(now);
        this.bundle = StixBundle.JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.of("bundle", tree.id(), timestamp));
        this.objects = bundle.putArray("objects");
    }

    /** The bundle for a tree; {@code now} is its objects' created and modified time. */
    static ObjectNode bundle(AttackTree tree, Instant now) {
        if (!tree.contains(tree.rootId())) {
            throw new IllegalArgumentException("the root '" + tree.rootId() + "' is not a node of the tree");
        }
        AttackModelExport export = new AttackModelExport(tree, now);
        export.write();
        return export.bundle;
    }

    private void write() {
        ObjectNode set = object("intrusion-set", intrusionSetId());
        set.put("name", tree.title().isBlank() ? tree.id() : tree.title());
        if (!tree.description().isBlank()) {
            set.put("description", tree.description());
        }
        set.putArray("goals").add(label(tree.root()));
        ObjectNode model = set.putObject(MODEL);
        model.put("id", tree.id());
        model.put("title", tree.title());
        model.put("root", tree.rootId());
        for (Node node : tree.nodes()) {
            node(node);
        }
        Node root = tree.root();
        relationship(root.role() == Role.ATTACK ? "uses" : "related-to", intrusionSetId(), nodeId(root), "goal", 0,
                tree.title() + " is achieved by " + label(root));
        for (Node node : tree.nodes()) {
            edges(node);
            tripwires(node);
        }
    }

    private void node(Node node) {
        ObjectNode object = object(typeOf(node), nodeId(node));
        object.put("name", label(node));
        if (!node.description().isBlank()) {
            object.put("description", node.description());
        }
        Techniques.write(node.techniques(), object);
        ObjectNode ksc = object.putObject(NODE);
        ksc.put("id", node.id());
        ksc.put("label", node.label());
        ksc.put("gate", node.gate().key());
        estimates(node.estimates(), ksc);
        if (node.impact() != null) {
            ksc.put("impact", node.impact());
        }
        if (!node.notes().isEmpty()) {
            ksc.put("notes", node.notes());
        }
        if (node.status() != null) {
            ksc.put("status", node.status().key());
        }
        if (node.position() != null) {
            ksc.putObject("position").put("x", node.position().x()).put("y", node.position().y());
        }
    }

    private static void estimates(Estimates e, ObjectNode ksc) {
        if (e.isEmpty() && e.rationale() == null) {
            return;
        }
        ObjectNode out = ksc.putObject("estimates");
        if (e.probability() != null) {
            out.put("probability", e.probability());
        }
        if (e.confidence() != null) {
            out.put("confidence", e.confidence());
        }
        if (e.cost() != null) {
            out.put("cost", e.cost());
        }
        if (e.timeHours() != null) {
            out.put("timeHours", e.timeHours());
        }
        if (e.skill() != null) {
            out.put("skill", e.skill());
        }
        if (e.rationale() != null) {
            out.put("rationale", e.rationale());
        }
    }

    private void edges(Node parent) {
        List<String> children = parent.children();
        Node previous = null;
        for (int i = 0; i < children.size(); i++) {
            Node child = tree.node(children.get(i));
            if (child == null) {
                continue; // a dangling id has no object to point to
            }
            if (child.role() == parent.role()) {
                relationship("related-to", nodeId(parent), nodeId(child), "refinement", i,
                        label(parent) + " (" + parent.gate().key() + ") is refined by " + label(child));
                if (parent.gate().ordered() && previous != null) {
                    relationship("related-to", nodeId(previous), nodeId(child), "next-step", i,
                            label(previous) + " is followed by " + label(child));
                }
                previous = child;
            } else if (child.role() == Role.DEFENCE) {
                relationship("mitigates", nodeId(child), nodeId(parent), "counter", i,
                        label(child) + " counters " + label(parent));
            } else {
                relationship("related-to", nodeId(child), nodeId(parent), "counter", i,
                        label(child) + " defeats " + label(parent));
            }
        }
    }

    private void tripwires(Node node) {
        for (int i = 0; i < node.tripwires().size(); i++) {
            Tripwire tripwire = node.tripwires().get(i);
            String id = StixIds.of("indicator", tree.id(), node.id(), tripwire.id());
            ObjectNode indicator = object("indicator", id);
            indicator.put("name", tripwire.kind().key() + " trip-wire " + tripwire.id());
            indicator.put("description", "Fires when " + label(node) + " happens.");
            indicator.putArray("indicator_types").add("malicious-activity");
            indicator.put("pattern", IndicatorPatterns.patternOf(tripwire));
            indicator.put("pattern_type", "stix");
            indicator.put("pattern_version", "2.1");
            indicator.put("valid_from", timestamp);
            ObjectNode ksc = indicator.putObject(TRIPWIRE);
            ksc.put("id", tripwire.id());
            ksc.put("kind", tripwire.kind().key());
            ObjectNode params = ksc.putObject("params");
            tripwire.params().forEach(params::put);
            relationship(node.role() == Role.ATTACK ? "indicates" : "related-to", id, nodeId(node), "tripwire", i,
                    "trip-wire " + tripwire.id() + " proves " + label(node));
        }
    }

    private void relationship(String type, String source, String target, String edge, int order, String description) {
        ObjectNode rel = object("relationship", StixIds.of("relationship", tree.id(), type, source, target, edge));
        rel.put("relationship_type", type);
        rel.put("description", description);
        rel.put("source_ref", source);
        rel.put("target_ref", target);
        rel.put(EDGE, edge);
        rel.put(ORDER, order);
    }

    private ObjectNode object(String type, String id) {
        return StixObjects.add(objects, type, id, timestamp);
    }

    private String intrusionSetId() {
        return StixIds.of("intrusion-set", tree.id());
    }

    private String nodeId(Node node) {
        return StixIds.of(typeOf(node), tree.id(), node.id());
    }

    private static String typeOf(Node node) {
        return node.role() == Role.ATTACK ? "attack-pattern" : "course-of-action";
    }

    /** STIX requires a name; an unlabelled node is named by its id. */
    private static String label(Node node) {
        return node.label().isBlank() ? node.id() : node.label();
    }
}
