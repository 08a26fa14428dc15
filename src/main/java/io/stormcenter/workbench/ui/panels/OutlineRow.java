package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Role;

/** One line of the outline: a node at its depth. */
public record OutlineRow(String nodeId, String label, int depth, Role role, Gate gate, boolean leaf) {
}
