package io.stormcenter.workbench.ui.controls;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;

/**
 * A problem as a person reads it in a panel: the node by its label (not its id), then what to
 * mend, without the severity's shout ("'SSH into the bait pod': trip-wire tw-ssh (tetragon)
 * function: is required" rather than "ERROR node 'ssh-bait' tripwires.tw-ssh.params.function: ...").
 */
public final class ProblemText {

    private ProblemText() {
    }

    /** @param tree the tree the problem was found in, for the node's label (null: the node's id is shown) */
    public static String describe(Problem problem, AttackTree tree) {
        String message = problem.message();
        int param = problem.field() == null ? -1 : problem.field().indexOf(".params.");
        if (param >= 0) { // the catalogue names the trip-wire in the message and the parameter only in the field
            message = message.replaceFirst("\\): ", ") " + problem.field().substring(param + ".params.".length()) + ": ");
        }
        return (problem.nodeId() == null ? "" : "'" + label(problem.nodeId(), tree) + "': ") + message;
    }

    private static String label(String nodeId, AttackTree tree) {
        Node node = tree == null ? null : tree.node(nodeId);
        return node == null || node.label().isBlank() ? nodeId : node.label();
    }
}
