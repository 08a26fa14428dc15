package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.TreeValidator;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What {@link TreeValidator} says about the current tree, errors first; a summary for the tab title.
 * The tree is validated on a lane of its own (the window's is debounced): typing a label on a big tree
 * does not walk the whole tree on the FX thread at every keystroke, and the problems follow once the
 * typing pauses.
 */
public final class ProblemsViewModel {

    private final TreeDocument document;
    private final TaskLane lane;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Problems");
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private Map<String, List<Problem>> byNode = Map.of();
    /** The node labels the table shows, so that a renamed node's problems are shown again. */
    private List<String> shownLabels = List.of();

    /** @param lane where the tree is validated; results come back on the FX thread */
    public ProblemsViewModel(TreeDocument document, TaskLane lane) {
        this.document = document;
        this.lane = lane;
        document.treeProperty().addListener((obs, old, tree) -> refresh(tree));
        refresh(document.tree());
    }

    /** Validates on {@code worker}, shows on {@code fx} (both {@code Runnable::run}: at once, in view-model tests). */
    public ProblemsViewModel(TreeDocument document, Executor worker, Executor fx) {
        this(document, TaskLane.immediate(worker, fx));
    }

    private void refresh(AttackTree tree) {
        lane.submit(context -> TreeValidator.validate(tree).stream()
                        .sorted(Comparator.comparing(p -> p.isError() ? 0 : 1)).toList(), this::show,
                failure -> show(List.of(Problem.error(null, null, "The tree could not be validated: " + failure))));
    }

    /** Whether a validation is pending or running (the problems shown may be those of an earlier tree). */
    public ReadOnlyBooleanProperty validatingProperty() {
        return lane.runningProperty();
    }

    private void show(List<Problem> found) {
        List<String> labels = found.stream().map(this::nodeLabel).toList();
        if (found.equals(problems) && labels.equals(shownLabels)) {
            return; // most keystrokes change no problem: the table keeps its cells
        }
        shownLabels = labels;
        problems.setAll(found);
        byNode = problems.stream().filter(p -> p.nodeId() != null)
                .collect(Collectors.groupingBy(Problem::nodeId, Collectors.toUnmodifiableList()));
        int errorCount = (int) problems.stream().filter(Problem::isError).count();
        errors.set(errorCount);
        summary.set(problems.isEmpty() ? "Problems" : "Problems " + problems.size());
    }

    public ObservableList<Problem> problems() {
        return readOnlyProblems; // one view for all callers: listeners on a fresh view die with it
    }

    /** The problems of one node, errors first; empty when it has none. */
    public List<Problem> problemsOf(String nodeId) {
        return byNode.getOrDefault(nodeId, List.of());
    }

    /** How many errors the tree has (analysis waits until there are none). */
    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The label of the node a problem concerns, for the table. */
    public String nodeLabel(Problem problem) {
        if (problem.nodeId() == null) {
            return "(tree)";
        }
        var node = document.tree().node(problem.nodeId());
        return node == null ? problem.nodeId() : node.label();
    }
}
