package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.NodeSearch;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The tree the rows show, and where each node's row is (without a filter). */
    private AttackTree shownTree;
    private final Map<String, Integer> rowOf = new HashMap<>();

    public OutlineViewModel(TreeDocument document) {
        this.document = document;
        document.treeProperty().addListener((obs, old, tree) -> treeChanged(tree));
        filter.addListener((obs, old, text) -> refresh());
        refresh();
    }

    /**
     * Typing a label changes one node: its row is replaced and the other 1,999 are not visited
     * again. Any other edit, or a search in progress, lists the tree again.
     */
    private void treeChanged(AttackTree tree) {
        AttackTree before = shownTree;
        boolean filtered = filter.get() != null && !filter.get().isBlank();
        if (before == null || filtered || !before.rootId().equals(tree.rootId()) || before.size() != tree.size()) {
            refresh();
            return;
        }
        List<Node> was = before.nodes();
        List<Node> now = tree.nodes();
        List<Node> edited = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            Node a = was.get(i);
            Node b = now.get(i);
            if (a == b) {
                continue;
            }
            if (!a.id().equals(b.id()) || !a.children().equals(b.children()) || !rowOf.containsKey(b.id())) {
                refresh();
                return;
            }
            edited.add(b);
        }
        shownTree = tree;
        for (Node node : edited) {
            int index = rowOf.get(node.id());
            OutlineRow row = rows.get(index);
            OutlineRow shownNow = new OutlineRow(node.id(), node.label(), row.depth(), node.role(), node.gate(), node.isLeaf());
            if (!shownNow.equals(row)) {
                rows.set(index, shownNow);
            }
        }
    }

    private void refresh() {
        AttackTree tree = document.tree();
        shownTree = tree;
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
        rowOf.clear();
        for (int i = 0; i < shown.size(); i++) {
            rowOf.put(shown.get(i).nodeId(), i);
        }
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
