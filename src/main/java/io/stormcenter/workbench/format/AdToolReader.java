package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Ids;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ADTool 2 {@code <adtree>} or {@code <sandtree>} with a StAX cursor and an explicit
 * stack, so a tree 100,000 levels deep reads like a flat one. Roles follow ADTool: a
 * {@code switchRole="yes"} child belongs to the other player than its parent. Node ids are
 * made from labels. Values of the four known domains become estimates; every other domain's
 * values go to the node notes, and the warnings say so.
 */
final class AdToolReader {

    /** A {@code <node>} being read: its element is still open. */
    private static final class OpenNode {
        final int order;
        final boolean proponent;
        final Gate gate;
        final Location start;
        String id;
        String label;
        String comment;
        final List<String> children = new ArrayList<>();
        final List<RawValue> values = new ArrayList<>();

        OpenNode(int order, boolean proponent, Gate gate, Location start) {
            this.order = order;
            this.proponent = proponent;
            this.gate = gate;
            this.start = start;
        }
    }

    private record RawValue(String domainId, String text, Location location) {
    }

    private record Domain(String id, String className, String customName, AdToolDomain known) {
    }

    private final XMLStreamReader xml;
    private final String source;
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, Domain> domains = new LinkedHashMap<>();
    private final List<OpenNode> finished = new ArrayList<>();

    AdToolReader(XMLStreamReader xml, String source) {
        this.xml = xml;
        this.source = source;
    }

    ReadResult read(String treeId) throws XMLStreamException, ModelFormatException {
        firstElement();
        String kind = xml.getLocalName();
        if (!kind.equals("adtree") && !kind.equals("sandtree")) {
            throw error(xml.getLocation(), "this is not an ADTool tree: the root element is <" + kind
                    + ">, expected <adtree> or <sandtree>");
        }
        Deque<OpenNode> open = new ArrayDeque<>();
        boolean sawRoot = false;
        int order = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                OpenNode top = open.peek();
                switch (name) {
                    case "node" -> {
                        if (top == null && sawRoot) {
                            throw error(xml.getLocation(), "an ADTool file has one root <node>; this is a second one");
                        }
                        if (top != null) {
                            assignId(top);
                        }
                        boolean switched = switchRole(top == null);
                        boolean proponent = top == null || top.proponent != switched;
                        open.push(new OpenNode(order++, proponent, gate(top), xml.getLocation()));
                        sawRoot = true;
                    }
                    case "label" -> {
                        String label = xml.getElementText().trim();
                        if (top != null && top.label == null) {
                            top.label = label;
                            assignId(top);
                        }
                    }
                    case "comment" -> {
                        String comment = xml.getElementText().trim();
                        if (top != null) {
                            top.comment = top.comment == null ? comment : top.comment + "\n" + comment;
                        }
                    }
                    case "parameter" -> parameter(top);
                    case "domain" -> domain();
                    case "ranking" -> xml.getElementText(); // ADTool's cached ranking output: derived, not data
                    default -> skipUnknown(name);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("node")) {
                OpenNode done = open.pop();
                assignId(done);
                finished.add(done);
                if (!open.isEmpty()) {
                    open.peek().children.add(done.id);
                }
            }
        }
        if (!sawRoot) {
            throw error(xml.getLocation(), "the ADTool file has no <node>");
        }
        return new ReadResult(build(treeId), warnings);
    }

    /** Moves to the root element; refuses a DTD, which ADTool never writes and which could pull in entities. */
    private void firstElement() throws XMLStreamException, ModelFormatException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.DTD) {
                throw error(xml.getLocation(), "the file declares a DTD (<!DOCTYPE ...>); ADTool files have"
                        + " none, and the workbench does not process DTDs or entities");
            }
        }
        throw error(xml.getLocation(), "the file has no XML element");
    }

    /** Ids come from labels in document order, so the first "PIN" is {@code pin} and the next {@code pin-2}. */
    private void assignId(OpenNode node) {
        if (node.id != null) {
            return;
        }
        String base = Ids.slug(node.label);
        String id = base;
        for (int i = 2; !usedIds.add(id); i++) {
            id = base + "-" + i;
        }
        node.id = id;
    }

    private boolean switchRole(boolean isRoot) {
        String value = xml.getAttributeValue(null, "switchRole");
        boolean switched = value != null && (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true"));
        if (switched && isRoot) {
            warnings.add(source + ": the root is marked switchRole, so in ADTool the defender is the tree's"
                    + " proponent; the workbench reads the root as the attacker's goal and keeps every other"
                    + " role relative to it");
        }
        return switched && !isRoot;
    }

    private Gate gate(OpenNode parent) throws ModelFormatException {
        String refinement = xml.getAttributeValue(null, "refinement");
        if (refinement == null) {
            return Gate.OR;
        }
        return switch (refinement.trim().toLowerCase(Locale.ROOT)) {
            case "disjunctive", "or" -> Gate.OR;
            case "conjunctive", "and" -> Gate.AND;
            case "sequential", "sand" -> Gate.SAND;
            default -> throw error(xml.getLocation(), (parent == null ? "the root" : "a child of '"
                    + parent.label + "'") + " has the unknown refinement '" + refinement
                    + "' (expected disjunctive, conjunctive or sequential)");
        };
    }

    private void parameter(OpenNode node) throws XMLStreamException, ModelFormatException {
        Location location = xml.getLocation();
        String domainId = xml.getAttributeValue(null, "domainId");
        String category = xml.getAttributeValue(null, "category");
        String text = xml.getElementText().trim();
        if (node == null) {
            throw error(location, "a <parameter> outside any <node>");
        }
        if (domainId == null) {
            throw error(location, "node '" + node.label + "': a <parameter> without a domainId");
        }
        // "derived" and "default" values are ADTool's own computations; only "basic" ones are data
        if (category == null || category.equals("basic")) {
            node.values.add(new RawValue(domainId, text, location));
        }
    }

    private void domain() throws XMLStreamException, ModelFormatException {
        Location location = xml.getLocation();
        String id = xml.getAttributeValue(null, "id");
        String className = null;
        String customName = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && xml.getLocalName().equals("class")) {
                    className = xml.getElementText().trim();
                } else if (depth == 1 && xml.getLocalName().equals("name")) {
                    customName = xml.getElementText().trim();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (id == null || className == null) {
            throw error(location, "a <domain> needs an id attribute and a <class>");
        }
        if (domains.containsKey(id)) {
            throw error(location, "domain id '" + id + "' is declared twice");
        }
        domains.put(id, new Domain(id, className, customName, AdToolDomain.recognise(className, customName)));
    }

    private void skipUnknown(String name) throws XMLStreamException {
        Location location = xml.getLocation();
        warnings.add(source + ":" + location.getLineNumber() + ":" + location.getColumnNumber()
                + ": unknown element <" + name + "> skipped");
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private AttackTree build(String treeId) throws ModelFormatException {
        OpenNode[] byOrder = new OpenNode[finished.size()];
        for (OpenNode node : finished) {
            byOrder[node.order] = node;
        }
        Map<AdToolDomain, Domain> mapped = new LinkedHashMap<>();
        Map<String, Integer> unmappedCounts = new LinkedHashMap<>();
        Map<String, Integer> infinite = new LinkedHashMap<>();
        Set<String> undeclared = new HashSet<>();
        Map<String, Map<String, Set<String>>> valuesByLabel = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>(byOrder.length);
        for (OpenNode open : byOrder) {
            Estimates estimates = Estimates.NONE;
            StringBuilder notes = new StringBuilder();
            for (RawValue raw : open.values) {
                Domain domain = domains.get(raw.domainId());
                String roleKey = (open.proponent ? "attack" : "defence") + "\u0000" + open.label;
                valuesByLabel.computeIfAbsent(roleKey, k -> new LinkedHashMap<>())
                        .computeIfAbsent(raw.domainId(), k -> new HashSet<>()).add(raw.text());
                if (domain == null || domain.known() == null) {
                    if (domain == null) {
                        undeclared.add(raw.domainId());
                    } else {
                        unmappedCounts.merge(domain.id(), 1, Integer::sum);
                    }
                    notes.append(notes.length() == 0 ? "" : "\n").append("ADTool ").append(raw.domainId())
                            .append(domain == null ? "" : " (" + simpleName(domain.className()) + ")")
                            .append(": ").append(raw.text());
                    continue;
                }
                Domain earlier = mapped.putIfAbsent(domain.known(), domain);
                if (earlier != null && !earlier.id().equals(domain.id())) {
                    warnings.add(source + ": domains " + earlier.id() + " and " + domain.id() + " both give the "
                            + domain.known().describe() + "; the later value wins on nodes that have both");
                    mapped.put(domain.known(), domain);
                }
                double value = number(raw, open, domain);
                if (Double.isInfinite(value)) {
                    infinite.merge(domain.id(), 1, Integer::sum);
                    continue;
                }
                estimates = domain.known().withValue(estimates, value);
            }
            Role role = open.proponent ? Role.ATTACK : Role.DEFENCE;
            nodes.add(new Node(open.id, open.label, open.comment, role, open.gate, open.children, estimates, null,
                    List.of(), List.of(), notes.toString(), null));
        }
        unmappedCounts.forEach((id, count) -> warnings.add(source + ": ADTool domain " + id + " ("
                + domains.get(id).className() + ") has no field in the workbench; its " + count
                + " value(s) are kept in the node notes"));
        for (String id : undeclared) {
            warnings.add(source + ": values for domain '" + id + "', which no <domain> declares, are kept in the"
                    + " node notes");
        }
        infinite.forEach((id, count) -> warnings.add(source + ": " + count + " value(s) of " + id
                + " are Infinity (ADTool's 'impossible'); those nodes are left without that estimate"));
        warnRepeatedLabels(valuesByLabel);
        return new AttackTree(treeId, byOrder[0].label, "", byOrder[0].id, nodes);
    }

    /** ADTool keys values by (role, label): nodes sharing a label cannot have different values there. */
    private void warnRepeatedLabels(Map<String, Map<String, Set<String>>> valuesByLabel) {
        valuesByLabel.forEach((roleAndLabel, byDomain) -> {
            List<String> conflicts = new ArrayList<>();
            byDomain.forEach((domainId, texts) -> {
                if (texts.size() > 1) {
                    conflicts.add(domainId + " " + new TreeSet<>(texts));
                }
            });
            if (!conflicts.isEmpty()) {
                String label = roleAndLabel.substring(roleAndLabel.indexOf('\u0000') + 1);
                warnings.add(source + ": the label '" + label + "' is used by several nodes with different values ("
                        + String.join(", ", conflicts) + "); ADTool gives one value to all nodes that share a label,"
                        + " so ADTool shows only one of them. Each node keeps its own value here.");
            }
        });
    }

    private double number(RawValue raw, OpenNode node, Domain domain) throws ModelFormatException {
        try {
            double value = Double.parseDouble(raw.text());
            if (Double.isNaN(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(raw.location(), "node '" + node.label + "': the " + domain.known().describe() + " ("
                    + domain.id() + ") must be a number, found '" + raw.text() + "'");
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private ModelFormatException error(Location location, String message) {
        int line = location == null ? -1 : location.getLineNumber();
        int column = location == null ? -1 : location.getColumnNumber();
        return new ModelFormatException(source, line, column, message, null);
    }
}
