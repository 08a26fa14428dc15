package io.stormcenter.workbench.layout;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an edit leaves a tree's layout as it was, and which cards it changed. The layout
 * reads only the nodes' ids and order, their children, roles, gates (a SAND parent numbers its
 * edges) and dragged positions; typing a label, an estimate or a note changes none of these, so
 * the canvas keeps its layout and redraws only the edited cards instead of laying out 2,000
 * nodes per keystroke.
 */
public final class CardChanges {

    private CardChanges() {
    }

    /**
     * The ids of the nodes that differ between the two trees when {@code after} lays out exactly
     * as {@code before} (with the same nodes collapsed); empty when it must be laid out again.
     */
    public static Optional<Set<String>> between(AttackTree before, AttackTree after) {
        if (!before.rootId().equals(after.rootId()) || before.size() != after.size()) {
            return Optional.empty();
        }
        List<Node> was = before.nodes();
        List<Node> now = after.nodes();
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < was.size(); i++) {
            Node a = was.get(i);
            Node b = now.get(i);
            if (a == b) {
                continue; // an edit keeps the nodes it did not touch
            }
            if (!placedAlike(a, b)) {
                return Optional.empty();
            }
            if (!a.equals(b)) {
                changed.add(b.id());
            }
        }
        return Optional.of(Set.copyOf(changed));
    }

    private static boolean placedAlike(Node a, Node b) {
        return a.id().equals(b.id()) && a.children().equals(b.children()) && a.role() == b.role()
                && a.gate() == b.gate() && Objects.equals(a.position(), b.position());
    }
}
