package io.stormcenter.workbench.ui.inspector;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Technique;
import io.stormcenter.workbench.model.TechniqueCatalogue;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every field of one node. A field is checked as it is typed; a valid value goes into the tree
 * at once (one undo step per field run, see {@link TreeDocument#apply(String, java.util.function.UnaryOperator)}),
 * an invalid one stays in the field with its reason and changes nothing.
 */
public final class InspectorViewModel {

    private final TreeDocument document;
    private final TechniqueCatalogue catalogue;
    private final ReadOnlyObjectWrapperString nodeId = new ReadOnlyObjectWrapperString();
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present");
    private final ReadOnlyBooleanWrapper leaf = new ReadOnlyBooleanWrapper(this, "leaf");
    private final CheckedField<String> label = new CheckedField<>(InspectorViewModel::nonBlankLabel, s -> s);
    private final CheckedField<String> description = new CheckedField<>(s -> s == null ? "" : s, s -> s);
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.ATTACK);
    private final ObjectProperty<Gate> gate = new SimpleObjectProperty<>(this, "gate", Gate.OR);
    private final CheckedField<Double> probability = new CheckedField<>(
            FieldParsers.decimal("Probability", 0, 1, false), FieldParsers::format);
    private final CheckedField<Double> confidence = new CheckedField<>(
            FieldParsers.decimal("Confidence", 0, Double.POSITIVE_INFINITY, true), FieldParsers::format);
    private final CheckedField<Double> cost = new CheckedField<>(
            FieldParsers.decimal("Cost", 0, Double.POSITIVE_INFINITY, false), FieldParsers::format);
    private final CheckedField<Double> time = new CheckedField<>(
            FieldParsers.decimal("Time", 0, Double.POSITIVE_INFINITY, false), FieldParsers::format);
    private final CheckedField<Integer> skill = new CheckedField<>(FieldParsers.whole("Skill", 1, 5), String::valueOf);
    private final CheckedField<String> rationale = new CheckedField<>(s -> s == null ? "" : s, s -> s);
    private final CheckedField<Double> impact = new CheckedField<>(
            FieldParsers.decimal("Impact", 0, Double.POSITIVE_INFINITY, false), FieldParsers::format);
    private final CheckedField<String> notes = new CheckedField<>(s -> s == null ? "" : s, s -> s);
    private final CheckedField<String> newTechnique = new CheckedField<>(s -> s, s -> s);
    private final ObservableList<String> techniques = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyTechniques = FXCollections.unmodifiableObservableList(techniques);
    private final ObservableList<Tripwire> tripwires = FXCollections.observableArrayList();
    private final ObservableList<Tripwire> readOnlyTripwires = FXCollections.unmodifiableObservableList(tripwires);
    private final ModelProperties modelProperties;
    private boolean loading;

    public InspectorViewModel(TreeDocument document, ObservableValue<String> selectedNode,
                              TechniqueCatalogue catalogue) {
        this.document = document;
        this.catalogue = catalogue;
        this.modelProperties = new ModelProperties(document);
        selectedNode.addListener((obs, old, id) -> {
            document.endCoalescing();
            nodeId.set(id);
            load(true);
        });
        document.treeProperty().addListener((obs, old, tree) -> load(false));
        bind(label, "label", Node::withLabel);
        bind(description, "description", Node::withDescription);
        bind(notes, "notes", Node::withNotes);
        bind(impact, "impact", Node::withImpact);
        bindEstimate(probability, "probability", Estimates::withProbability);
        bindEstimate(confidence, "confidence", Estimates::withConfidence);
        bindEstimate(cost, "cost", Estimates::withCost);
        bindEstimate(time, "time", Estimates::withTimeHours);
        bindEstimate(skill, "skill", Estimates::withSkill);
        bindEstimate(rationale, "rationale", (e, text) -> e.withRationale(text.isBlank() ? null : text));
        role.addListener((obs, old, value) -> edit("role", n -> n.withRole(value)));
        gate.addListener((obs, old, value) -> edit("gate", n -> n.withGate(value)));
        nodeId.set(selectedNode.getValue());
        load(true);
    }

    private <T> void bind(CheckedField<T> field, String key, BiFunction<Node, T, Node> setter) {
        field.textProperty().addListener((obs, old, text) -> {
            if (!loading && field.check()) {
                T value = field.value();
                edit(key, n -> setter.apply(n, value));
            }
        });
    }

    private <T> void bindEstimate(CheckedField<T> field, String key, BiFunction<Estimates, T, Estimates> setter) {
        bind(field, key, (node, value) -> node.withEstimates(setter.apply(node.estimates(), value)));
    }

    private void edit(String field, Function<Node, Node> change) {
        if (loading) {
            return;
        }
        String id = nodeId.get();
        AttackTree tree = document.tree();
        Node node = id == null ? null : tree.node(id);
        if (node == null) {
            return;
        }
        Node changed = change.apply(node);
        if (!changed.equals(node)) {
            document.apply(id + "#" + field, t -> t.withNode(changed));
        }
    }

    private void load(boolean force) {
        String id = nodeId.get();
        Node node = id == null ? null : document.tree().node(id);
        loading = true;
        try {
            present.set(node != null);
            if (node == null) {
                return;
            }
            leaf.set(node.isLeaf());
            label.show(node.label(), force);
            description.show(node.description(), force);
            role.set(node.role());
            gate.set(node.gate());
            Estimates e = node.estimates();
            probability.show(e.probability(), force);
            confidence.show(e.confidence(), force);
            cost.show(e.cost(), force);
            time.show(e.timeHours(), force);
            skill.show(e.skill(), force);
            rationale.show(e.rationale() == null ? "" : e.rationale(), force);
            impact.show(node.impact(), force);
            notes.show(node.notes(), force);
            if (!techniques.equals(node.techniques())) {
                techniques.setAll(node.techniques());
            }
            if (!tripwires.equals(node.tripwires())) {
                tripwires.setAll(node.tripwires());
            }
            if (force) {
                newTechnique.show("", true);
            }
        } finally {
            loading = false;
        }
    }

    // ---- techniques ----

    /** Adds the tag typed (or picked from completion: "ID — name"); returns whether it was added. */
    public boolean addTechnique() {
        String typed = newTechnique.getText() == null ? "" : newTechnique.getText().strip();
        int dash = typed.indexOf(" — ");
        String id = (dash > 0 ? typed.substring(0, dash) : typed).strip();
        String problem = null;
        if (id.isEmpty()) {
            problem = "Type a technique id, e.g. MS-TA9010";
        } else if (id.contains(" ")) {
            problem = "A technique id has no spaces";
        } else if (techniques.contains(id)) {
            problem = id + " is already tagged";
        }
        if (problem != null) {
            newTechnique.setErrorDirect(problem);
            return false;
        }
        List<String> next = new ArrayList<>(techniques);
        next.add(id);
        edit("techniques", n -> n.withTechniques(next));
        newTechnique.show("", true);
        return true;
    }

    public void removeTechnique(String id) {
        List<String> next = new ArrayList<>(techniques);
        next.remove(id);
        edit("techniques", n -> n.withTechniques(next));
    }

    public List<Technique> completeTechnique(String typed) {
        return catalogue.complete(typed, 12);
    }

    public String describeTechnique(String id) {
        return catalogue.describe(id);
    }

    // ---- trip-wires ----

    /** Trip-wire ids used anywhere in the tree, except the one being edited. */
    public Set<String> tripwireIdsTaken(Tripwire editing) {
        Set<String> ids = new HashSet<>();
        for (Node node : document.tree().nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                ids.add(tripwire.id());
            }
        }
        if (editing != null) {
            ids.remove(editing.id());
        }
        return ids;
    }

    /** A suggested id for a new trip-wire of this node. */
    public String suggestTripwireId() {
        Set<String> taken = tripwireIdsTaken(null);
        String base = "tw-" + (nodeId.get() == null ? "node" : nodeId.get());
        String candidate = base;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    public void addTripwire(Tripwire tripwire) {
        List<Tripwire> next = new ArrayList<>(tripwires);
        next.add(tripwire);
        edit("tripwires", n -> n.withTripwires(next));
    }

    public void replaceTripwire(Tripwire old, Tripwire replacement) {
        List<Tripwire> next = new ArrayList<>(tripwires);
        int at = next.indexOf(old);
        if (at < 0) {
            return;
        }
        next.set(at, replacement);
        edit("tripwires", n -> n.withTripwires(next));
    }

    public void removeTripwire(Tripwire tripwire) {
        List<Tripwire> next = new ArrayList<>(tripwires);
        next.removeIf(t -> Objects.equals(t, tripwire));
        edit("tripwires", n -> n.withTripwires(next));
    }

    /** The user left a field: the next keystroke starts a new undo step. */
    public void endTyping() {
        document.endCoalescing();
    }

    private static String nonBlankLabel(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A node needs a label");
        }
        return text.strip();
    }

    // ---- properties ----

    /** The model's title, id and description, edited when no node is selected. */
    public ModelProperties modelProperties() {
        return modelProperties;
    }

    /**
     * The node's estimate, what was observed and its calibrated value side by side; the window keeps it
     * (from the analysis panel's evidence figures), empty when there is none.
     */
    public javafx.beans.property.StringProperty evidenceProperty() {
        return evidence;
    }

    public ReadOnlyStringProperty nodeIdProperty() {
        return nodeId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty leafProperty() {
        return leaf.getReadOnlyProperty();
    }

    public CheckedField<String> label() {
        return label;
    }

    public CheckedField<String> description() {
        return description;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Gate> gateProperty() {
        return gate;
    }

    public CheckedField<Double> probability() {
        return probability;
    }

    public CheckedField<Double> confidence() {
        return confidence;
    }

    public CheckedField<Double> cost() {
        return cost;
    }

    public CheckedField<Double> time() {
        return time;
    }

    public CheckedField<Integer> skill() {
        return skill;
    }

    public CheckedField<String> rationale() {
        return rationale;
    }

    public CheckedField<Double> impact() {
        return impact;
    }

    public CheckedField<String> notes() {
        return notes;
    }

    public CheckedField<String> newTechnique() {
        return newTechnique;
    }

    public ObservableList<String> techniques() {
        return readOnlyTechniques; // one view for all callers: listeners on a fresh view die with it
    }

    public ObservableList<Tripwire> tripwires() {
        return readOnlyTripwires; // one view for all callers: listeners on a fresh view die with it
    }

    /** A read-only string property with a package-private setter. */
    private final javafx.beans.property.StringProperty evidence =
            new javafx.beans.property.SimpleStringProperty(this, "evidence", "");

    private static final class ReadOnlyObjectWrapperString extends ReadOnlyStringWrapper {
    }
}
