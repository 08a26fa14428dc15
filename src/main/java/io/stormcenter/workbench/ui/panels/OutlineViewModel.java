package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.NodeSearch;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tree as an indented list in pre-order, filtered by a search text that matches labels,
 * ids and technique tags (a match keeps its ancestors, so the context stays readable).
 */
public final class OutlineViewModel {

    private final TreeDocument document;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<OutlineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OutlineRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public OutlineViewModel(TreeDocument document) {
        this.document = document;
        document.treeProperty().addListener((obs, old, tree) -> refresh());
        filter.addListener((obs, old, text) -> refresh());
        refresh();
    }

    private void refresh() {
        AttackTree tree = document.tree();
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<OutlineRow> all = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        if (tree.contains(tree.rootId())) {
            stack.push(new Object[] {tree.rootId(), 0});
        }
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            String id = (String) top[0];
            int depth = (Integer) top[1];
            Node node = tree.node(id);
            if (node == null || !seen.add(id)) {
                continue;
            }
            all.add(new OutlineRow(id, node.label(), depth, node.role(), node.gate(), node.isLeaf()));
            boolean hit = !needle.isEmpty() && NodeSearch.matches(node, needle);
            if (hit) {
                keep.addAll(tree.pathToRoot(id));
            }
            List<String> kids = node.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(new Object[] {kids.get(i), depth + 1});
            }
        }
        List<OutlineRow> shown = needle.isEmpty() ? all
                : all.stream().filter(r -> keep.contains(r.nodeId())).toList();
        show(shown);
    }

    /**
     * Replaces only the rows that differ when the list keeps its length (a label typed changes one
     * row, and the list redraws one cell instead of all of them); otherwise replaces the whole list.
     */
    private void show(List<OutlineRow> shown) {
        if (shown.size() != rows.size()) {
            rows.setAll(shown);
            return;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).equals(rows.get(i))) {
                rows.set(i, shown.get(i));
            }
        }
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<OutlineRow> rows() {
        return readOnlyRows; // one view for all callers: listeners on a fresh view die with it
    }
}
