package io.stormcenter.workbench.ui.honeycluster;

import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanPreview;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.honeycluster.PlanWriter;
import io.stormcenter.workbench.honeycluster.Suggestion;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.ui.background.TaskContext;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.controls.ProblemText;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    /** The seed {@code ksc generate} uses by default, so the window writes the same files. */
    static final long GENERATE_SEED = 1;
    static final String STOPPED_PREVIEW = "Preview stopped: it is compiled again at the next edit.";
    static final String STOPPED_WRITING = "Stopped: nothing was written.";
    static final String NO_TRIPWIRES = "No trip-wires yet, so nothing to deploy. Add one to a leaf in the Node tab,"
            + " or tag a leaf with its technique and take a suggestion below.";

    private final TreeDocument document;
    private final ObservableValue<String> selectedNode;
    private final TaskLane lane;
    private final TaskLane writer;
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
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyStringWrapper suggestionsHint = new ReadOnlyStringWrapper(this, "suggestionsHint", "");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
    private final ReadOnlyStringWrapper written = new ReadOnlyStringWrapper(this, "written", "");
    private final BooleanBinding busy;

    /** A view model that compiles as soon as {@code worker} is free, without debounce. */
    public HoneyclusterViewModel(TreeDocument document, ObservableValue<String> selectedNode, Executor worker,
                                 Executor fxThread) {
        this(document, selectedNode, TaskLane.immediate(worker, fxThread), TaskLane.immediate(worker, fxThread),
                HoneyclusterViewModel::preview);
    }

    /** A view model whose written files go through the compile's own lane (tests of the compile alone). */
    public HoneyclusterViewModel(TreeDocument document, ObservableValue<String> selectedNode, TaskLane lane,
                                 Function<AttackTree, PlanPreview> compile) {
        this(document, selectedNode, lane, lane, compile);
    }

    /**
     * @param lane    where the preview is compiled (the window's is debounced, so typing a label
     *                compiles once when the typing pauses)
     * @param writer  where the honeycluster's files are written ({@link #writeFiles(Path)})
     * @param compile the tree to its plan preview ({@link #preview} in the window; counted in tests)
     */
    public HoneyclusterViewModel(TreeDocument document, ObservableValue<String> selectedNode, TaskLane lane,
                                 TaskLane writer, Function<AttackTree, PlanPreview> compile) {
        this.document = document;
        this.selectedNode = selectedNode;
        this.lane = lane;
        this.writer = writer;
        this.compile = compile;
        this.busy = lane.runningProperty().or(writing);
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
        boolean noTripwires = document.tree().nodes().stream().allMatch(n -> n.tripwires().isEmpty());
        empty.set(value.plan() == null && noTripwires);
        if (empty.get()) {
            status.set(NO_TRIPWIRES);
        } else if (value.plan() == null) {
            status.set("Cannot compile yet: " + errors.stream().map(this::describe).collect(Collectors.joining("; ")));
        } else {
            status.set(count(value.plan().objects().size(), "object") + ", "
                    + count(value.plan().index().entries().size(), "trip-wire")
                    + " in namespace " + value.plan().namespace());
        }
        showNode();
    }

    /** A compile problem as a person reads it: the node by its label, without the severity. */
    private String describe(Problem problem) {
        return ProblemText.describe(problem, document.tree());
    }

    /** "1 trip-wire", "3 trip-wires". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String label(String nodeId) {
        Node node = document.tree().node(nodeId);
        return node == null || node.label().isBlank() ? nodeId : node.label();
    }

    private void showNode() {
        PlanPreview current = preview.get();
        String nodeId = selectedNode.getValue();
        Node node = nodeId == null ? null : document.tree().node(nodeId);
        if (current == null || node == null) {
            highlighted.set(Set.of());
            suggestions.clear();
            suggestionsHint.set("Select a leaf on the canvas: its suggested trip-wires appear here.");
            return;
        }
        highlighted.set(Set.copyOf(current.keysForNode(nodeId)));
        suggestions.setAll(current.suggestionsFor(nodeId));
        suggestionsHint.set(whyNoSuggestions(node));
    }

    /** Suggestions come from technique tags: says what the selected node lacks to get some. */
    private static String whyNoSuggestions(Node node) {
        if (!node.isLeaf()) {
            return "Suggestions are for leaves: select an attack step without children.";
        }
        if (!node.tripwires().isEmpty()) {
            return "This leaf has its trip-wires already; suggestions are for leaves without one.";
        }
        if (node.techniques().isEmpty()) {
            return "Suggestions come from technique tags: tag this leaf in the Node tab (e.g. T1552.007,"
                    + " MS-TA9006, CE_NSENTER) to see trip-wires that would prove it.";
        }
        return "No suggestion for " + String.join(", ", node.techniques())
                + " yet: add a trip-wire by hand in the Node tab.";
    }

    /** A suggestion on two lines: what it watches, then why. */
    public static String describe(Suggestion suggestion) {
        Tripwire tripwire = suggestion.tripwire();
        String params = tripwire.params().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return suggestion.technique() + "  \u00b7  " + tripwire.kind().key() + (params.isEmpty() ? "" : ": " + params)
                + "\n" + suggestion.reason();
    }

    /**
     * Writes the honeycluster's files to a new or empty folder off the FX thread: the same
     * compiler, options and writer as {@code ksc generate MODEL -o DIR} with its default seed.
     */
    public void writeFiles(Path folder) {
        AttackTree tree = document.tree();
        writing.set(true);
        writer.submit(context -> write(tree, folder, context), said -> {
            writing.set(false);
            written.set(said);
        }, failure -> {
            writing.set(false);
            written.set("Nothing written to " + folder + ": " + (failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        });
    }

    private static String write(AttackTree tree, Path folder, TaskContext context) throws IOException {
        try {
            HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(GENERATE_SEED));
            if (context.cancelled()) {
                return STOPPED_WRITING; // between compiling and writing: the folder stays untouched
            }
            new PlanWriter().write(plan, folder);
            return "Wrote " + count(plan.objects().size(), "object") + " and "
                    + count(plan.index().entries().size(), "trip-wire") + " to " + folder;
        } catch (PlanRefusedException refused) {
            return "Nothing written: " + refused.problems().stream().filter(Problem::isError)
                    .map(Problem::message).collect(Collectors.joining("; "));
        }
    }

    /**
     * Stops the background work of the tab: a pending or running preview is dropped (the next edit
     * compiles again), and files not yet being written are not written.
     */
    public void cancel() {
        if (lane.runningProperty().get()) {
            lane.cancel();
            status.set(STOPPED_PREVIEW);
        }
        if (writing.get()) {
            writer.cancel();
            writing.set(false);
            written.set(STOPPED_WRITING);
        }
    }

    /** Whether the preview is being compiled or files are being written (Cancel is offered). */
    public BooleanBinding busyProperty() {
        return busy;
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

    /** The tree has no trip-wire at all: the tab shows how to start instead of a compile error. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Why the suggestion list is empty for the selected node, and what would fill it. */
    public ReadOnlyStringProperty suggestionsHintProperty() {
        return suggestionsHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /** What the last {@link #writeFiles(Path)} did. */
    public ReadOnlyStringProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return lane.runningProperty();
    }
}
