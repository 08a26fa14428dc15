/**
 * The inspector: every field of the selected node (label, description, role, gate, estimates
 * with rationale, impact, technique tags with completion, trip-wires, notes), validated as it
 * is typed. An FXML form with a thin controller over {@link io.stormcenter.workbench.ui.inspector.InspectorViewModel}.
 */
package io.stormcenter.workbench.ui.inspector;
