package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;

/** All domains evaluated bottom-up over one tree for one attacker profile. (API fixed by the scaffold.) */
public final class Evaluation {

    private Evaluation() {
    }

    public static Evaluation of(AttackTree tree, AttackerProfile profile) {
        throw new UnsupportedOperationException("analysis not built yet");
    }

    /** The values of a node, or null for an id not in the tree. */
    public NodeValues of(String nodeId) {
        throw new UnsupportedOperationException("analysis not built yet");
    }

    public NodeValues root() {
        throw new UnsupportedOperationException("analysis not built yet");
    }

    /** Root probability x root impact (0 when the root has no impact). */
    public double risk() {
        throw new UnsupportedOperationException("analysis not built yet");
    }
}
