package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a tree as ADTool 2 XML: an {@code <adtree>}, or a {@code <sandtree>} when a node
 * refines by SAND. Counter-measures ({@code switchRole="yes"}) are written as the last child, as
 * ADTool expects. Each known domain that has a value somewhere is declared once after the root
 * node. ADTool predefines only MinTime for SAND trees, so there probability, cost and skill are
 * declared as ADTool custom domains (SandRealDomain / SandIntDomain) with the same operators and
 * named after the predefined domain ({@code <name>ProbSucc</name>}), which is how the reader
 * recognises them again. Iterative: a 100,000-level chain writes without recursion (and
 * without the JDK's XMLStreamWriter, whose element stack overflows at 32,768 levels).
 */
final class AdToolWriter {

    /** Beyond this depth lines are no longer indented: a deep chain would otherwise grow quadratically. */
    private static final int MAX_INDENT_DEPTH = 16;

    private final XmlText xml;

    private AdToolWriter(XmlText xml) {
        this.xml = xml;
    }

    static String write(AttackTree tree) {
        XmlText xml = new XmlText(new StringBuilder(Math.max(256, tree.size() * 160)));
        new AdToolWriter(xml).writeTree(tree);
        return xml.toString();
    }

    private void writeTree(AttackTree tree) {
        boolean sand = tree.nodes().stream().anyMatch(n -> n.gate() == Gate.SAND && !n.isLeaf());
        Map<AdToolDomain, String> domainIds = domainIds(tree, sand);
        xml.declaration();
        newline(0);
        xml.writeStartElement(sand ? "sandtree" : "adtree");
        writeNodes(tree, domainIds);
        for (Map.Entry<AdToolDomain, String> domain : domainIds.entrySet()) {
            writeDomain(domain.getKey(), domain.getValue(), sand, tree);
        }
        newline(0);
        xml.writeEndElement();
        newline(0);
    }

    private void writeNodes(AttackTree tree, Map<AdToolDomain, String> domainIds) {
        Node root = tree.root();
        if (root == null) {
            throw new IllegalArgumentException("the root '" + tree.rootId() + "' is not a node of the tree");
        }
        Set<String> written = new HashSet<>();
        Deque<OpenElement> stack = new ArrayDeque<>();
        writeStart(root, null, domainIds, 1);
        written.add(root.id());
        stack.push(new OpenElement(root, orderedChildren(tree, root)));
        while (!stack.isEmpty()) {
            OpenElement top = stack.peek();
            if (top.hasNext()) {
                Node child = top.next();
                if (!written.add(child.id())) {
                    continue; // a cycle or a node listed twice: written once, as ADTool has no references
                }
                writeStart(child, top.node, domainIds, stack.size() + 1);
                stack.push(new OpenElement(child, orderedChildren(tree, child)));
            } else {
                stack.pop();
                newline(stack.size() + 1);
                xml.writeEndElement();
            }
        }
    }

    /** Refining children in order, then the counter-measure: ADTool reads its last child as the counter. */
    private static List<Node> orderedChildren(AttackTree tree, Node node) {
        List<Node> refinements = new ArrayList<>();
        List<Node> counters = new ArrayList<>();
        for (Node child : tree.children(node.id())) {
            (child.role() == node.role() ? refinements : counters).add(child);
        }
        refinements.addAll(counters);
        return refinements;
    }

    private void writeStart(Node node, Node parent, Map<AdToolDomain, String> domainIds, int depth) {
        newline(depth);
        xml.writeStartElement("node");
        xml.writeAttribute("refinement", refinement(node.gate()));
        boolean switched = parent == null ? node.role() != Role.ATTACK
                : parent.role() != node.role();
        if (switched) {
            xml.writeAttribute("switchRole", "yes");
        }
        element("label", node.label(), depth + 1);
        if (!node.description().isEmpty()) {
            element("comment", node.description(), depth + 1);
        }
        for (Map.Entry<AdToolDomain, String> domain : domainIds.entrySet()) {
            Double value = domain.getKey().valueOf(node.estimates());
            if (value != null) {
                newline(depth + 1);
                xml.writeStartElement("parameter");
                xml.writeAttribute("domainId", domain.getValue());
                xml.writeAttribute("category", "basic");
                xml.writeCharacters(format(domain.getKey(), value));
                xml.writeEndElement();
            }
        }
    }

    private void writeDomain(AdToolDomain domain, String id, boolean sand, AttackTree tree) {
        newline(1);
        xml.writeStartElement("domain");
        xml.writeAttribute("id", id);
        element("class", className(domain, sand), 2);
        element("tool", "ADTool2", 2);
        if (sand && domain != AdToolDomain.TIME) {
            element("name", domain.adtClass(), 2);
            element("description", "The " + domain.describe() + " estimates of KSC Workbench", 2);
            element("or", switch (domain) {
                case PROBABILITY -> "x+y-x*y";
                default -> "min(x,y)";
            }, 2);
            String conjunction = switch (domain) {
                case PROBABILITY -> "x*y";
                case COST -> "x+y";
                default -> "max(x,y)";
            };
            element("and", conjunction, 2);
            element("sand", conjunction, 2);
            element("defaultValue", "0", 2);
        } else if (domain == AdToolDomain.SKILL) {
            // MinSkill is parametrised by the highest skill level; ours run 1..5
            int highest = 5;
            for (Node node : tree.nodes()) {
                Integer skill = node.estimates().skill();
                if (skill != null && skill > highest) {
                    highest = skill;
                }
            }
            element("range", Integer.toString(highest), 2);
        }
        newline(1);
        xml.writeEndElement();
    }

    private static String className(AdToolDomain domain, boolean sand) {
        if (!sand) {
            return AdToolDomain.ADT_PACKAGE + domain.adtClass();
        }
        return switch (domain) {
            case TIME -> AdToolDomain.SAND_PACKAGE + "MinTime";
            case SKILL -> AdToolDomain.CUSTOM_PACKAGE + "SandIntDomain";
            default -> AdToolDomain.CUSTOM_PACKAGE + "SandRealDomain";
        };
    }

    /** ADTool names a domain in a file by its class and its position: ProbSucc1, MinCost2, ... */
    private static Map<AdToolDomain, String> domainIds(AttackTree tree, boolean sand) {
        Map<AdToolDomain, String> ids = new EnumMap<>(AdToolDomain.class);
        int number = 1;
        for (AdToolDomain domain : AdToolDomain.values()) {
            boolean used = tree.nodes().stream().anyMatch(n -> domain.valueOf(n.estimates()) != null);
            if (used) {
                String className = className(domain, sand);
                ids.put(domain, className.substring(className.lastIndexOf('.') + 1) + number++);
            }
        }
        return ids;
    }

    private static String format(AdToolDomain domain, double value) {
        if (domain == AdToolDomain.SKILL && value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return Double.toString(value); // ADTool's own number format (Double.toString)
    }

    private static String refinement(Gate gate) {
        return switch (gate) {
            case OR -> "disjunctive";
            case AND -> "conjunctive";
            case SAND -> "sequential";
        };
    }

    private void element(String name, String text, int depth) {
        newline(depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void newline(int depth) {
        xml.writeCharacters("\n");
        xml.writeCharacters("  ".repeat(Math.min(depth, MAX_INDENT_DEPTH)));
    }

    /** A {@code <node>} element still open, and the children still to write inside it. */
    private static final class OpenElement {
        private final Node node;
        private final List<Node> children;
        private int next;

        OpenElement(Node node, List<Node> children) {
            this.node = node;
            this.children = children;
        }

        boolean hasNext() {
            return next < children.size();
        }

        Node next() {
            return children.get(next++);
        }
    }
}
