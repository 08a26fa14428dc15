package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Node;
import java.util.Set;

/**
 * A choice of proposed defences made real: the chosen proposals are put in place, the others stay
 * proposed, which the evaluation leaves out ({@link EvaluationPlan#of}). The what-if of the window
 * and the "after" figures of a defence plan are the same tree.
 */
public final class ProposedDefences {

    private ProposedDefences() {
    }

    public static AttackTree apply(AttackTree tree, Set<String> chosen) {
        AttackTree result = tree;
        for (String id : chosen) {
            Node node = tree.node(id);
            if (node != null && node.isProposedDefence()) {
                result = result.withNode(node.withStatus(DefenceStatus.IN_PLACE));
            }
        }
        return result;
    }

    /** The proposed defences' ids, in file order. */
    public static java.util.List<String> proposals(AttackTree tree) {
        return tree.nodes().stream().filter(Node::isProposedDefence).map(Node::id).toList();
    }
}
