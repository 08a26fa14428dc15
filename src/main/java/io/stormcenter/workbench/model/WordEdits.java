package io.stormcenter.workbench.model;

import java.util.List;

/**
 * Whether an edit changed only a tree's words: the labels, descriptions and notes of its nodes,
 * which no figure reads (probabilities, costs, calibration, defences). Typing a label is such an
 * edit, one per keystroke, and work that only computes figures can keep its last result.
 */
public final class WordEdits {

    private WordEdits() {
    }

    /** True when {@code after} is {@code before} with at most some nodes' words changed. */
    public static boolean onlyWords(AttackTree before, AttackTree after) {
        if (before == after) {
            return true;
        }
        if (!before.rootId().equals(after.rootId()) || before.size() != after.size()) {
            return false;
        }
        List<Node> was = before.nodes();
        List<Node> now = after.nodes();
        for (int i = 0; i < was.size(); i++) {
            Node a = was.get(i);
            Node b = now.get(i);
            // an edit keeps the nodes it did not touch, so only the edited ones are compared
            if (a != b && !a.withLabel(b.label()).withDescription(b.description()).withNotes(b.notes()).equals(b)) {
                return false;
            }
        }
        return true;
    }
}
