package io.stormcenter.workbench.ui.actions;

import static io.stormcenter.workbench.ui.actions.ActionCategory.EDIT;
import static io.stormcenter.workbench.ui.actions.ActionCategory.FILE;
import static io.stormcenter.workbench.ui.actions.ActionCategory.HELP;
import static io.stormcenter.workbench.ui.actions.ActionCategory.TREE;
import static io.stormcenter.workbench.ui.actions.ActionCategory.VIEW;
import static io.stormcenter.workbench.ui.actions.KeyScope.CANVAS;
import static io.stormcenter.workbench.ui.actions.KeyScope.EDITING;
import static io.stormcenter.workbench.ui.actions.KeyScope.WINDOW;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the window, once: its id (menu items are {@code menu-ID}, tool-bar buttons
 * {@code tool-ID}, context-menu items {@code context-ID}), text, icon, keys, what it does and
 * where it belongs. Menus, tool bar, context menu, canvas keys and the F1 list are made from it,
 * so a shortcut is typed in one place.
 */
public enum StandardAction {
    NEW_TREE("new", "New tree", "mdi2f-file-plus-outline", FILE, WINDOW, "Start an empty attack tree", "Shortcut+N"),
    OPEN("open", "Open…", "mdi2f-folder-open-outline", FILE, WINDOW, "Open a KSC attack tree, an ADTool file or a STIX bundle",
            "Shortcut+O"),
    IMPORT_ADTOOL("import", "Import ADTool XML…", "mdi2f-file-tree-outline", FILE, WINDOW,
            "Read an ADTool attack-defense tree"),
    IMPORT_STIX("import-stix", "Import STIX bundle…", "mdi2s-share-variant-outline", FILE, WINDOW,
            "Read an attack model from a STIX 2.1 bundle (or an array of bundles)"),
    SAVE("save", "Save", "mdi2c-content-save-outline", FILE, WINDOW, "Save the tree to its file", "Shortcut+S"),
    SAVE_AS("save-as", "Save as…", null, FILE, WINDOW, "Save the tree to a new file", "Shortcut+Shift+S"),
    EXPORT_PNG("export-png", "PNG image (300 dpi)…", null, FILE, WINDOW, "The whole tree as a picture for print"),
    EXPORT_SVG("export-svg", "SVG drawing…", null, FILE, WINDOW, "The whole tree as a scalable drawing"),
    EXPORT_ADTOOL("export-adtool", "ADTool XML…", null, FILE, WINDOW,
            "The tree for ADTool (estimates that ADTool has no domain for are left out)"),
    EXPORT_DOT("export-dot", "Graphviz DOT…", null, FILE, WINDOW, "The tree for Graphviz"),
    EXPORT_REPORT("export-report", "Export risk report (PDF)…", "mdi2f-file-pdf-box", FILE, WINDOW,
            "The PDF risk report for management: current risk, likely paths, the best defences for a budget"),
    SHARE_OBSERVATIONS("share", "Share observations…", "mdi2s-share-variant", FILE, WINDOW,
            "The attacker sessions as anonymised STIX sightings: see every byte before it is written"),
    EXPORT_STIX("export-stix", "STIX 2.1 bundle…", null, FILE, WINDOW,
            "The tree as threat intelligence: attack patterns, indicators, courses of action"),
    CLOSE("close", "Close", "mdi2c-close", FILE, WINDOW, "Close the tree and go back to the start page",
            "Shortcut+W"),
    START_PAGE("start-page", "Start page", "mdi2h-home-outline", FILE, WINDOW, "Samples and recent files"),
    QUIT("quit", "Quit", null, FILE, WINDOW, "Close the window", "Shortcut+Q"),

    UNDO("undo", "Undo", "mdi2u-undo", EDIT, WINDOW, "Take back the last change", "Shortcut+Z"),
    REDO("redo", "Redo", "mdi2r-redo", EDIT, WINDOW, "Do the undone change again", "Shortcut+Y", "Shortcut+Shift+Z"),
    CUT("cut", "Cut subtree", "mdi2c-content-cut", EDIT, EDITING, "Remove the selected subtrees and keep them to paste",
            "Shortcut+X"),
    COPY("copy", "Copy subtree", "mdi2c-content-copy", EDIT, EDITING, "Keep the selected subtrees to paste",
            "Shortcut+C"),
    PASTE("paste", "Paste as child", "mdi2c-content-paste", EDIT, EDITING,
            "Add the copied subtrees under the selected node", "Shortcut+V"),
    DUPLICATE("duplicate", "Duplicate subtree", "mdi2c-content-duplicate", EDIT, EDITING,
            "Copy the selected subtree next to itself", "Shortcut+D"),
    FIND("find", "Find…", "mdi2m-magnify", EDIT, WINDOW, "Find nodes by label, id or technique", "Shortcut+F"),
    FIND_NEXT("find-next", "Find next", "mdi2c-chevron-down", EDIT, WINDOW, "Select the next node found", "F3"),
    FIND_PREVIOUS("find-previous", "Find previous", "mdi2c-chevron-up", EDIT, WINDOW,
            "Select the previous node found", "Shift+F3"),
    RENAME("rename", "Rename", "mdi2p-pencil-outline", EDIT, CANVAS, "Edit the selected node's label on its card", "F2"),
    DELETE_NODE("delete", "Delete node", "mdi2d-delete-outline", EDIT, CANVAS,
            "Remove the selected nodes; their children move up", "Delete", "Backspace"),
    DELETE_SUBTREE("delete-subtree", "Delete subtree", "mdi2d-delete-sweep-outline", EDIT, CANVAS,
            "Remove the selected nodes with everything below them", "Shift+Delete", "Shift+Backspace"),

    ADD_CHILD("add-child", "Add child", "mdi2s-source-branch-plus", TREE, CANVAS, "A new attack step under the selection",
            "Tab"),
    ADD_SIBLING("add-sibling", "Add sibling", "mdi2p-plus", TREE, CANVAS, "A new step beside the selection", "Enter"),
    ADD_DEFENCE("add-defence", "Add defence", "mdi2s-shield-half-full", TREE, CANVAS,
            "A countermeasure against the selected step", "D"),
    GATE_OR("gate-or", "OR", "mdi2g-gate-or", TREE, EDITING, "Any child achieves the node", "Shortcut+1"),
    GATE_AND("gate-and", "AND", "mdi2g-gate-and", TREE, EDITING, "All children, in any order", "Shortcut+2"),
    GATE_SAND("gate-sand", "SAND (in order →)", "mdi2g-gate-and", TREE, EDITING,
            "All children, left to right in time", "Shortcut+3"),
    COLLAPSE("collapse", "Collapse / expand", "mdi2a-arrow-collapse-all", TREE, CANVAS,
            "Hide or show what is below the selected node", "Space"),
    SELECT_PARENT("select-parent", "Select parent", null, TREE, CANVAS, "Move the selection up", "Up"),
    SELECT_CHILD("select-child", "Select first child", null, TREE, CANVAS, "Move the selection down", "Down"),
    SELECT_LEFT("select-left", "Select left neighbour", null, TREE, CANVAS, "Move the selection left", "Left"),
    SELECT_RIGHT("select-right", "Select right neighbour", null, TREE, CANVAS, "Move the selection right", "Right"),
    EXPAND_ALL("expand-all", "Expand all", "mdi2a-arrow-expand-all", TREE, WINDOW, "Show every collapsed subtree"),
    RELAYOUT("relayout", "Re-layout (forget dragged positions)", "mdi2a-auto-fix", TREE, WINDOW,
            "Put every card back where the tidy layout wants it", "Shortcut+L"),

    ZOOM_IN("zoom-in", "Zoom in", "mdi2m-magnify-plus-outline", VIEW, WINDOW, "Larger cards", "Shortcut+Equals"),
    ZOOM_OUT("zoom-out", "Zoom out", "mdi2m-magnify-minus-outline", VIEW, WINDOW, "More of the tree", "Shortcut+Minus"),
    ZOOM_100("zoom-100", "Actual size (100 %)", "mdi2r-relative-scale", VIEW, WINDOW, "Cards at their own size",
            "Shortcut+0"),
    FIT("fit", "Fit to window", "mdi2f-fit-to-screen-outline", VIEW, WINDOW, "The whole tree in the window",
            "Shortcut+9"),
    SHOW_LIKELY_PATH("show-path", "Most likely attack", "mdi2m-map-marker-path", VIEW, WINDOW,
            "Light the most likely attack scenario and show all its steps", "Shortcut+P"),
    OVERVIEW("overview", "Overview map", "mdi2m-map-outline", VIEW, WINDOW,
            "A small map of the whole tree to move the view with", "Shortcut+M"),
    LEFT_PANEL("left-panel", "Outline and problems panel", "mdi2d-dock-left", VIEW, WINDOW,
            "Show or hide the outline and problems panel", "Shortcut+B"),
    RIGHT_PANEL("right-panel", "Node, analysis, honey and deploy panel", "mdi2d-dock-right", VIEW, WINDOW,
            "Show or hide the node, analysis, honey and deploy panel", "Shortcut+Alt+B"),
    SWITCH_PANE("switch-pane", "Node fields and back", "mdi2a-arrow-left-right", VIEW, WINDOW,
            "Move the keyboard from the canvas to the selected node's fields, and back", "F6"),
    FOCUS_FIELDS("focus-fields", "Go to the node's fields", null, VIEW, CANVAS,
            "Move the keyboard from the canvas to the selected node's fields", "Shortcut+Tab"),
    DARK_THEME("dark", "Dark theme", "mdi2t-theme-light-dark", VIEW, WINDOW, "Dark or light colours"),

    SHORTCUTS("shortcuts", "Keyboard shortcuts", "mdi2k-keyboard-outline", HELP, WINDOW,
            "Every key and mouse gesture of the window", "F1"),
    ABOUT("about", "About KSC Workbench", "mdi2i-information-outline", HELP, WINDOW, "Version and licence");

    private final String id;
    private final String text;
    private final String icon;
    private final ActionCategory category;
    private final KeyScope scope;
    private final String help;
    private final List<KeyCombination> keys;

    StandardAction(String id, String text, String icon, ActionCategory category, KeyScope scope, String help,
                   String... keys) {
        this.id = id;
        this.text = text;
        this.icon = icon;
        this.category = category;
        this.scope = scope;
        this.help = help;
        this.keys = Arrays.stream(keys).map(KeyCombination::valueOf).toList();
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    /** An Ikonli literal, or empty. */
    public Optional<String> icon() {
        return Optional.ofNullable(icon);
    }

    public ActionCategory category() {
        return category;
    }

    public KeyScope scope() {
        return scope;
    }

    public String help() {
        return help;
    }

    /** The key shown in menus and tooltips, or empty. */
    public Optional<KeyCombination> key() {
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    }

    /** Every key that runs the action: the shown one first, then alternatives (Backspace for Delete). */
    public List<KeyCombination> keys() {
        return keys;
    }

    /** The shown key as the platform writes it ("Ctrl+S", "Tab"), or empty. */
    public String keyText() {
        return key().map(KeyCombination::getDisplayText).orElse("");
    }
}
