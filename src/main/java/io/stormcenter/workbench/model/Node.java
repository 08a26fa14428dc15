package io.stormcenter.workbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One node of an attack-defense tree. Children are referenced by id, in order (the order is
 * the time order under a SAND gate). Children of the same role refine the node through its
 * gate; a child of the opposite role counters it (ADTool's countermeasure).
 *
 * @param gate        how refining children combine; kept on leaves too, so a leaf that gains
 *                    children starts from the modeller's last choice
 * @param impact      what achieving this node costs the defender (usually only on the root), or null
 * @param description free text shown in the inspector and the report
 * @param notes       the modeller's notes (and ADTool domains that have no place of their own)
 * @param position    where the modeller dragged the card, or null for automatic layout
 * @param status      a defence's standing (in place or proposed), or null: an attack, or a defence
 *                    the file says nothing about (in place). A defence's estimates are the
 *                    defender's: probability = effectiveness, cost = what it costs to run
 */
public record Node(String id, String label, String description, Role role, Gate gate, List<String> children,
                   Estimates estimates, Double impact, List<String> techniques, List<Tripwire> tripwires,
                   String notes, Position position, DefenceStatus status) {

    /** A node without a defence status (every attack node, and a defence that is in place). */
    public Node(String id, String label, String description, Role role, Gate gate, List<String> children,
                Estimates estimates, Double impact, List<String> techniques, List<Tripwire> tripwires,
                String notes, Position position) {
        this(id, label, description, role, gate, children, estimates, impact, techniques, tripwires, notes, position,
                null);
    }

    public Node {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        description = description == null ? "" : description;
        role = role == null ? Role.ATTACK : role;
        gate = gate == null ? Gate.OR : gate;
        children = List.copyOf(children == null ? List.of() : children);
        estimates = estimates == null ? Estimates.NONE : estimates;
        techniques = List.copyOf(techniques == null ? List.of() : techniques);
        tripwires = List.copyOf(tripwires == null ? List.of() : tripwires);
        notes = notes == null ? "" : notes;
        status = role == Role.DEFENCE ? status : null;
    }

    public static Node attack(String id, String label) {
        return new Node(id, label, null, Role.ATTACK, Gate.OR, List.of(), null, null, List.of(), List.of(), null, null);
    }

    public static Node defence(String id, String label) {
        return attack(id, label).withRole(Role.DEFENCE);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public Node withLabel(String value) {
        return new Node(id, value, description, role, gate, children, estimates, impact, techniques, tripwires, notes, position, status);
    }

    public Node withDescription(String value) {
        return new Node(id, label, value, role, gate, children, estimates, impact, techniques, tripwires, notes, position, status);
    }

    public Node withRole(Role value) {
        return new Node(id, label, description, value, gate, children, estimates, impact, techniques, tripwires, notes, position, status);
    }

    public Node withGate(Gate value) {
        return new Node(id, label, description, role, value, children, estimates, impact, techniques, tripwires, notes, position, status);
    }

    public Node withChildren(List<String> value) {
        return new Node(id, label, description, role, gate, value, estimates, impact, techniques, tripwires, notes, position, status);
    }

    public Node withChild(String childId) {
        List<String> next = new ArrayList<>(children);
        next.add(childId);
        return withChildren(next);
    }

    public Node withEstimates(Estimates value) {
        return new Node(id, label, description, role, gate, children, value, impact, techniques, tripwires, notes, position, status);
    }

    public Node withImpact(Double value) {
        return new Node(id, label, description, role, gate, children, estimates, value, techniques, tripwires, notes, position, status);
    }

    public Node withTechniques(List<String> value) {
        return new Node(id, label, description, role, gate, children, estimates, impact, value, tripwires, notes, position, status);
    }

    public Node withTripwires(List<Tripwire> value) {
        return new Node(id, label, description, role, gate, children, estimates, impact, techniques, value, notes, position, status);
    }

    public Node withNotes(String value) {
        return new Node(id, label, description, role, gate, children, estimates, impact, techniques, tripwires, value, position, status);
    }

    public Node withPosition(Position value) {
        return new Node(id, label, description, role, gate, children, estimates, impact, techniques, tripwires, notes, value, status);
    }

    public Node withStatus(DefenceStatus value) {
        return new Node(id, label, description, role, gate, children, estimates, impact, techniques, tripwires, notes, position, value);
    }

    /** Whether this is a defence that is only proposed, not deployed. */
    public boolean isProposedDefence() {
        return role == Role.DEFENCE && status == DefenceStatus.PROPOSED;
    }

    public Node withId(String value) {
        return new Node(value, label, description, role, gate, children, estimates, impact, techniques, tripwires, notes, position, status);
    }
}
