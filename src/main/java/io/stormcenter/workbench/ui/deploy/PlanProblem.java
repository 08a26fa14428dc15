package io.stormcenter.workbench.ui.deploy;

/**
 * Why the model cannot be deployed yet, as the Deploy panel lists it: the node to mend (null for
 * the tree as a whole) and what to mend, in the words of the Honey tab.
 */
public record PlanProblem(String nodeId, String text) {
}
