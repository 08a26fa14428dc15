package io.stormcenter.workbench.ui;

import static io.stormcenter.workbench.ui.actions.StandardAction.*;

import io.stormcenter.workbench.ui.actions.ActionFactory;
import io.stormcenter.workbench.ui.actions.ActionFactory.Place;
import io.stormcenter.workbench.ui.actions.StandardAction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where the catalogue's actions sit in this window: the menu bar, the tool bar and the canvas's
 * context menu, as lists of groups. Only the order lives here; text, icon and keys come from
 * {@link StandardAction}.
 */
final class WorkbenchMenus {

    static final List<StandardAction> GATES = List.of(GATE_OR, GATE_AND, GATE_SAND);
    static final List<StandardAction> EXPORTS = List.of(EXPORT_PNG, EXPORT_SVG, EXPORT_ADTOOL, EXPORT_DOT, EXPORT_STIX);
    static final List<StandardAction> SELECTION_MOVES = List.of(SELECT_PARENT, SELECT_CHILD, SELECT_LEFT, SELECT_RIGHT);

    static final List<List<StandardAction>> EDIT = List.of(List.of(UNDO, REDO), List.of(CUT, COPY, PASTE, DUPLICATE),
            List.of(FIND, FIND_NEXT, FIND_PREVIOUS), List.of(RENAME, DELETE_NODE, DELETE_SUBTREE));
    static final List<List<StandardAction>> TREE_ADD = List.of(List.of(ADD_CHILD, ADD_SIBLING, ADD_DEFENCE));
    static final List<List<StandardAction>> TREE_SHAPE = List.of(List.of(COLLAPSE, EXPAND_ALL, RELAYOUT));
    static final List<List<StandardAction>> VIEW = List.of(List.of(ZOOM_IN, ZOOM_OUT, ZOOM_100, FIT),
            List.of(SHOW_LIKELY_PATH, OVERVIEW), List.of(LEFT_PANEL, RIGHT_PANEL, SWITCH_PANE), List.of(DARK_THEME));
    static final List<List<StandardAction>> HELP = List.of(List.of(SHORTCUTS, ABOUT));

    static final List<List<StandardAction>> CONTEXT = List.of(List.of(ADD_CHILD, ADD_SIBLING, ADD_DEFENCE),
            List.of(RENAME), GATES, List.of(COLLAPSE), List.of(CUT, COPY, PASTE, DUPLICATE),
            List.of(DELETE_NODE, DELETE_SUBTREE));

    private WorkbenchMenus() {
    }

    /** Every action the menu bar carries (its keys are the menu items' accelerators). */
    static List<StandardAction> inMenuBar() {
        List<StandardAction> all = new ArrayList<>(List.of(NEW_TREE, OPEN, IMPORT_ADTOOL, IMPORT_STIX, SAVE, SAVE_AS, EXPORT_REPORT, SHARE_OBSERVATIONS,
                CLOSE,
                START_PAGE, QUIT));
        all.addAll(EXPORTS);
        Stream.of(EDIT, TREE_ADD, TREE_SHAPE, VIEW, HELP).flatMap(List::stream).forEach(all::addAll);
        all.addAll(GATES);
        all.addAll(SELECTION_MOVES);
        return all;
    }

    /** @param recent the Open recent sub-menu, which the window keeps filled */
    static MenuBar menuBar(ActionFactory actions, Menu recent) {
        Menu export = new Menu("Export", new FontIcon("mdi2e-export-variant"));
        export.setId("menu-export");
        export.getItems().setAll(actions.menuItems(Place.MENU_BAR, List.of(EXPORTS)));
        Menu file = new Menu("_File");
        file.getItems().addAll(actions.menuItems(Place.MENU_BAR, List.of(List.of(NEW_TREE, OPEN))));
        file.getItems().add(recent);
        file.getItems().addAll(actions.menuItems(Place.MENU_BAR, List.of(List.of(IMPORT_ADTOOL, IMPORT_STIX),
                List.of(SAVE, SAVE_AS))));
        file.getItems().add(export);
        file.getItems().addAll(actions.menuItems(Place.MENU_BAR, List.of(List.of(EXPORT_REPORT, SHARE_OBSERVATIONS))));
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(actions.menuItems(Place.MENU_BAR, List.of(List.of(CLOSE, START_PAGE, QUIT))));

        Menu gate = subMenu("Gate", "menu-gate", actions.menuItems(Place.MENU_BAR, List.of(GATES)));
        Menu select = subMenu("Select", "menu-select", actions.menuItems(Place.MENU_BAR, List.of(SELECTION_MOVES)));
        Menu tree = new Menu("_Tree");
        tree.getItems().addAll(actions.menuItems(Place.MENU_BAR, TREE_ADD));
        tree.getItems().addAll(gate, select, new SeparatorMenuItem());
        tree.getItems().addAll(actions.menuItems(Place.MENU_BAR, TREE_SHAPE));

        MenuBar bar = new MenuBar(file, menu("_Edit", actions.menuItems(Place.MENU_BAR, EDIT)), tree,
                menu("_View", actions.menuItems(Place.MENU_BAR, VIEW)),
                menu("_Help", actions.menuItems(Place.MENU_BAR, HELP)));
        bar.setId("menu-bar");
        return bar;
    }

    static List<MenuItem> contextMenu(ActionFactory actions) {
        return actions.menuItems(Place.CONTEXT_MENU, CONTEXT);
    }

    /**
     * @param zoom     the zoom level between the zoom buttons
     * @param badges   the badge chooser, after the view buttons
     * @param trailing what stands at the right end before the panel toggles (the find field)
     */
    static ToolBar toolBar(ActionFactory actions, Node zoom, List<Node> badges, List<Node> trailing) {
        ToolBar bar = new ToolBar();
        List<Node> items = bar.getItems();
        buttons(actions, items, NEW_TREE, OPEN, SAVE);
        items.add(new Separator(Orientation.VERTICAL));
        buttons(actions, items, UNDO, REDO);
        items.add(new Separator(Orientation.VERTICAL));
        buttons(actions, items, ADD_CHILD, ADD_SIBLING, ADD_DEFENCE, DELETE_NODE);
        items.add(actions.choices("tool-gate", "Gate", "mdi2g-gate-and", GATES));
        items.add(new Separator(Orientation.VERTICAL));
        buttons(actions, items, ZOOM_OUT);
        items.add(zoom);
        buttons(actions, items, ZOOM_IN, FIT);
        items.add(new Separator(Orientation.VERTICAL));
        items.addAll(badges);
        items.addAll(trailing);
        buttons(actions, items, LEFT_PANEL, RIGHT_PANEL, DARK_THEME);
        bar.setId("tool-bar");
        return bar;
    }

    private static void buttons(ActionFactory actions, List<Node> items, StandardAction... placed) {
        for (StandardAction action : placed) {
            items.add(actions.button(action));
        }
    }

    private static Menu menu(String text, List<MenuItem> items) {
        Menu menu = new Menu(text);
        menu.getItems().setAll(items);
        return menu;
    }

    private static Menu subMenu(String text, String id, List<MenuItem> items) {
        Menu menu = menu(text, items);
        menu.setId(id);
        return menu;
    }
}
