package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.AttackTree;

/**
 * What a plan was compiled from: the tree as it was then and the options. A deployment keeps it,
 * so its matchers can be made again from what was deployed, not from the model as edited since.
 */
public record PlanSource(AttackTree tree, CompileOptions options) {

    public PlanSource {
        if (tree == null || options == null) {
            throw new IllegalArgumentException("a plan's source needs the tree and the options");
        }
    }

    /** The plan again, as the compiler of this version makes it from the same tree and options. */
    public HoneyclusterPlan recompile() throws PlanRefusedException {
        return new HoneyclusterCompiler().compile(tree, options);
    }
}
