package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.List;
import java.util.Set;

/**
 * Marks the proposed defences (drawn dashed: not there yet) and, among them, the ones a plan or the
 * what-if has chosen.
 */
public record DefenceStatusOverlay(AttackTree tree, Set<String> chosen) implements Overlay {

    public static final String PROPOSED = "defence-proposed";
    public static final String CHOSEN = "defence-chosen";

    public DefenceStatusOverlay {
        chosen = Set.copyOf(chosen);
    }

    @Override
    public NodeMark node(String nodeId) {
        Node node = tree.node(nodeId);
        if (node == null || !node.isProposedDefence()) {
            return NodeMark.NONE;
        }
        boolean picked = chosen.contains(nodeId);
        return new NodeMark(picked ? Set.of(PROPOSED, CHOSEN) : Set.of(PROPOSED), picked ? "\u2713" : null,
                List.of(picked ? "Proposed defence, chosen for the budget" : "Proposed defence, not in place"));
    }
}
