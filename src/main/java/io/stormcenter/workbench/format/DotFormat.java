package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Graphviz DOT (write only), for a quick picture with {@code dot -Tsvg}: attack steps are red
 * ellipses, defences green boxes; inner nodes name their gate; the children of a SAND node are
 * numbered in time order (at the child end of the edge) and chained by dashed "then" arrows;
 * a counter-measure hangs off its target by a dashed edge with a bar head. Long labels wrap.
 * Ids and labels are quoted and escaped.
 */
public final class DotFormat {

    private static final int WRAP = 28;

    private DotFormat() {
    }

    public static String toDot(AttackTree tree) {
        StringBuilder dot = new StringBuilder(Math.max(256, tree.size() * 120));
        dot.append("digraph ").append(quote(tree.id())).append(" {\n");
        if (!tree.title().isEmpty()) {
            dot.append("  label=").append(quote(tree.title())).append(";\n  labelloc=t;\n");
        }
        dot.append("  rankdir=TB;\n");
        dot.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled];\n");
        dot.append("  edge [arrowhead=none];\n");
        Set<String> reachable = new HashSet<>();
        for (Node node : tree.subtree(tree.rootId())) {
            reachable.add(node.id());
            node(dot, tree, node);
        }
        for (Node node : tree.nodes()) {
            if (reachable.contains(node.id())) {
                edges(dot, tree, node);
            }
        }
        dot.append("}\n");
        return dot.toString();
    }

    private static void node(StringBuilder dot, AttackTree tree, Node node) {
        boolean attack = node.role() == Role.ATTACK;
        StringBuilder label = new StringBuilder(wrap(node.label().isEmpty() ? node.id() : node.label()));
        if (!tree.refinements(node.id()).isEmpty()) {
            label.append('\n').append(node.gate().key()).append(' ').append(node.gate().symbol());
        }
        Estimates e = node.estimates();
        if (e.probability() != null) {
            label.append('\n').append("p=").append(String.format(Locale.ROOT, "%.2f", e.probability()));
        }
        if (node.impact() != null) {
            label.append('\n').append("impact ").append(String.format(Locale.ROOT, "%,.0f", node.impact()));
        }
        dot.append("  ").append(quote(node.id())).append(" [label=").append(quote(label.toString()))
                .append(", shape=").append(attack ? "ellipse" : "box")
                .append(attack ? ", fillcolor=\"#f8d7da\", color=\"#b02a37\"" : ", style=\"rounded,filled\","
                        + " fillcolor=\"#d1e7dd\", color=\"#146c43\"");
        if (node.id().equals(tree.rootId())) {
            dot.append(", penwidth=2");
        }
        dot.append("];\n");
    }

    private static void edges(StringBuilder dot, AttackTree tree, Node node) {
        List<Node> refinements = tree.refinements(node.id());
        boolean sequence = node.gate() == Gate.SAND && refinements.size() > 1;
        for (int i = 0; i < refinements.size(); i++) {
            dot.append("  ").append(quote(node.id())).append(" -> ").append(quote(refinements.get(i).id()));
            if (sequence) {
                dot.append(" [headlabel=").append(quote(Integer.toString(i + 1))).append(']');
            }
            dot.append(";\n");
        }
        if (sequence) {
            // the time order: constraint=false keeps these arrows from changing the tree's layout
            for (int i = 1; i < refinements.size(); i++) {
                dot.append("  ").append(quote(refinements.get(i - 1).id())).append(" -> ")
                        .append(quote(refinements.get(i).id()))
                        .append(" [style=dashed, arrowhead=normal, constraint=false, color=\"#6c757d\","
                                + " label=\"then\", fontsize=9];\n");
            }
        }
        tree.counter(node.id()).ifPresent(counter -> dot.append("  ").append(quote(node.id())).append(" -> ")
                .append(quote(counter.id())).append(" [style=dashed, arrowhead=tee, color=\"#146c43\"];\n"));
    }

    /** Long labels on several lines, so that a tree of sentences stays narrow enough to read. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > WRAP) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    /** A DOT quoted string: backslash and double quote escaped, line breaks as DOT's \n. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
