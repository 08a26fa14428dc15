package io.stormcenter.workbench.model;

import java.util.List;
import java.util.Locale;

/** Finding nodes by what a user remembers of them: words of the label, the id, a technique tag. */
public final class NodeSearch {

    private NodeSearch() {
    }

    /** Whether the node's label, id or a technique tag contains the text, ignoring case; blank text matches all. */
    public static boolean matches(Node node, String text) {
        String needle = normalise(text);
        return needle.isEmpty() || node.label().toLowerCase(Locale.ROOT).contains(needle)
                || node.id().toLowerCase(Locale.ROOT).contains(needle)
                || node.techniques().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** The ids of the matching nodes under the root, in reading order (pre-order); none for blank text. */
    public static List<String> find(AttackTree tree, String text) {
        if (normalise(text).isEmpty() || !tree.contains(tree.rootId())) {
            return List.of();
        }
        return tree.subtree(tree.rootId()).stream().filter(n -> matches(n, text)).map(Node::id).toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
