package io.stormcenter.workbench.ui.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;

/** What F1 lists: every key of the catalogue, grouped by menu, then the mouse gestures (and F10, JavaFX's own key for the menu bar). */
public final class ShortcutHelp {

    /** The group of the gestures in the list. */
    public static final String MOUSE = "Mouse and more";

    /** One row: what happens, and the keys (or gesture) that do it. */
    public record Entry(String group, String what, String keys) {
    }

    private static final List<Entry> GESTURES = List.of(
            new Entry(MOUSE, "Open the menu bar from the keyboard", "F10"),
            new Entry(MOUSE, "Zoom", "Ctrl+wheel"),
            new Entry(MOUSE, "Pan", "drag the background, or the wheel"),
            new Entry(MOUSE, "Move the view", "click or drag on the overview map"),
            new Entry(MOUSE, "Select several", "Ctrl+click, or Shift+drag a rectangle"),
            new Entry(MOUSE, "Rename", "double-click a card"),
            new Entry(MOUSE, "Move a subtree", "drop its card on another card"),
            new Entry(MOUSE, "Keep a card where it is", "drop it on the background"),
            new Entry(MOUSE, "Node commands", "right-click a card"));

    private ShortcutHelp() {
    }

    /** The keys of these actions (all of each action's keys, in catalogue order), then the gestures. */
    public static List<Entry> of(Collection<StandardAction> actions) {
        List<Entry> entries = new ArrayList<>();
        for (ActionCategory category : ActionCategory.values()) {
            for (StandardAction action : actions) {
                if (action.category() == category && !action.keys().isEmpty()) {
                    entries.add(new Entry(category.title(), action.text().replace("…", ""), keysOf(action)));
                }
            }
        }
        entries.addAll(GESTURES);
        return List.copyOf(entries);
    }

    private static String keysOf(StandardAction action) {
        String keys = action.keys().stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(" or "));
        return action.scope() == KeyScope.CANVAS ? keys + " (on the canvas)" : keys;
    }
}
