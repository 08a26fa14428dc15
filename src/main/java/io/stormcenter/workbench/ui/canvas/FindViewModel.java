package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.model.NodeSearch;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find on the canvas (Ctrl+F, F3, Shift+F3): the nodes whose label, id or technique matches the
 * query, in reading order; next and previous select one and bring its card into view (opening
 * collapsed ancestors), wrapping around at the ends.
 */
public final class FindViewModel {

    private final EditorViewModel editor;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private List<String> matches = List.of();
    /** Place of the selected match in {@link #matches}, -1 before the first step. */
    private int current = -1;

    public FindViewModel(EditorViewModel editor) {
        this.editor = editor;
        query.addListener((obs, old, text) -> {
            refresh();
            // as a browser's find: typing keeps the match it is on while it still matches, else goes to the first
            if (current >= 0) {
                editor.reveal(matches.get(current));
            } else {
                next();
            }
        });
        editor.document().treeProperty().addListener((obs, old, tree) -> refresh());
    }

    private void refresh() {
        matches = NodeSearch.find(editor.document().tree(), query.get());
        String selected = editor.primary();
        current = selected == null ? -1 : matches.indexOf(selected);
        describe();
    }

    /** Selects and reveals the next match after the selected one (the first, after the last). */
    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            describe();
            return;
        }
        int from = current >= 0 && current < matches.size() && matches.get(current).equals(editor.primary())
                ? current : (direction > 0 ? -1 : 0);
        current = Math.floorMod(from + direction, matches.size());
        editor.reveal(matches.get(current));
        describe();
    }

    private void describe() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            status.set("");
        } else if (matches.isEmpty()) {
            status.set("no match");
        } else {
            status.set(current < 0 ? matches.size() + (matches.size() == 1 ? " match" : " matches")
                    : (current + 1) + " of " + matches.size());
        }
    }

    /** The matches in reading order (tests read them). */
    public List<String> matches() {
        return matches;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** "2 of 5", "no match", or empty while nothing is searched. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
