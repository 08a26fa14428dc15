package io.stormcenter.workbench.ui.honeycluster;

import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.PlanPreview;
import io.stormcenter.workbench.honeycluster.Suggestion;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Honeycluster view's state: the plan preview of the current tree (compiled on its own lane,
 * debounced in the window; a result that arrives after a newer edit is dropped), the selected
 * object's YAML, the objects of the selected node's trip-wires, coverage and the selected leaf's
 * suggestions. Taking a suggestion adds its trip-wire to the leaf as one undoable edit.
 */
public final class HoneyclusterViewModel {

    /** The seed of the preview; generate and deploy choose their own. */
    static final long PREVIEW_SEED = 1;

    private final TreeDocument document;
    private final ObservableValue<String> selectedNode;
    private final TaskLane lane;
    private final Function<AttackTree, PlanPreview> compile;
    private final ReadOnlyObjectWrapper<PlanPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<PlanPreview.Group> groups = FXCollections.observableArrayList();
    private final ObservableList<PlanPreview.Group> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ObjectProperty<PlanPreview.Item> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ReadOnlyStringWrapper yaml = new ReadOnlyStringWrapper(this, "yaml", "");
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper(this, "coverage", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> readOnlySuggestions = FXCollections.unmodifiableObservableList(suggestions);

    /** A view model that compiles as soon as {@code worker} is free, without debounce. */
    public HoneyclusterViewModel(TreeDocument document, ObservableValue<String> selectedNode, Executor worker,
                                 Executor fxThread) {
        this(document, selectedNode, TaskLane.immediate(worker, fxThread), HoneyclusterViewModel::preview);
    }

    /**
     * @param lane    where the preview is compiled (the window's is debounced, so typing a label
     *                compiles once when the typing pauses)
     * @param compile the tree to its plan preview ({@link #preview} in the window; counted in tests)
     */
    public HoneyclusterViewModel(TreeDocument document, ObservableValue<String> selectedNode, TaskLane lane,
                                 Function<AttackTree, PlanPreview> compile) {
        this.document = document;
        this.selectedNode = selectedNode;
        this.lane = lane;
        this.compile = compile;
        document.treeProperty().addListener((obs, old, tree) -> refresh());
        selectedNode.addListener((obs, old, id) -> showNode());
        selectedItem.addListener((obs, old, item) -> yaml.set(item == null ? "" : item.yaml()));
        refresh();
    }

    /** The preview the window shows: the plan with the preview's seed. */
    public static PlanPreview preview(AttackTree tree) {
        return PlanPreview.of(tree, CompileOptions.seeded(PREVIEW_SEED));
    }

    /** Compiles the current tree again, off the FX thread; a newer edit supersedes it. */
    public void refresh() {
        AttackTree tree = document.tree();
        lane.submit(context -> compile.apply(tree), this::show,
                failure -> status.set("Cannot compile: " + failure.getMessage()));
    }

    private void show(PlanPreview value) {
        String keptKey = selectedItem.get() == null ? null : selectedItem.get().key();
        preview.set(value);
        groups.setAll(value.groups());
        selectedItem.set(value.groups().stream().flatMap(g -> g.items().stream())
                .filter(i -> i.key().equals(keptKey)).findFirst().orElse(null));
        List<String> blind = value.coverage().unobservedLeaves();
        int leaves = value.coverage().sensorsByLeaf().size();
        coverage.set((leaves - blind.size()) + " of " + leaves + " attack leaves observed"
                + (blind.isEmpty() ? "" : "; no sensor sees: " + blind.stream().map(this::label).collect(Collectors.joining(", "))));
        List<Problem> errors = value.problems().stream().filter(Problem::isError).toList();
        status.set(value.plan() == null
                ? "Cannot compile: " + errors.stream().map(Problem::describe).collect(Collectors.joining("; "))
                : value.plan().objects().size() + " objects, " + value.plan().index().entries().size()
                        + " trip-wires in namespace " + value.plan().namespace());
        showNode();
    }

    private String label(String nodeId) {
        Node node = document.tree().node(nodeId);
        return node == null || node.label().isBlank() ? nodeId : node.label();
    }

    private void showNode() {
        PlanPreview current = preview.get();
        String nodeId = selectedNode.getValue();
        if (current == null || nodeId == null) {
            highlighted.set(Set.of());
            suggestions.clear();
            return;
        }
        highlighted.set(Set.copyOf(current.keysForNode(nodeId)));
        suggestions.setAll(current.suggestionsFor(nodeId));
    }

    /** Adds a suggested trip-wire to the selected leaf (undoable). */
    public void take(Suggestion suggestion) {
        String nodeId = selectedNode.getValue();
        if (suggestion == null || nodeId == null) {
            return;
        }
        document.apply(tree -> {
            Node node = tree.node(nodeId);
            if (node == null) {
                return tree;
            }
            List<Tripwire> tripwires = new ArrayList<>(node.tripwires());
            tripwires.add(suggestion.tripwire());
            return tree.withNode(node.withTripwires(tripwires));
        });
    }

    public ReadOnlyObjectProperty<PlanPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<PlanPreview.Group> groups() {
        return readOnlyGroups; // one view for all callers: listeners on a fresh view die with it
    }

    public ObjectProperty<PlanPreview.Item> selectedItemProperty() {
        return selectedItem;
    }

    public ReadOnlyStringProperty yamlProperty() {
        return yaml.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Suggestion> suggestions() {
        return readOnlySuggestions; // one view for all callers: listeners on a fresh view die with it
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return lane.runningProperty();
    }
}
