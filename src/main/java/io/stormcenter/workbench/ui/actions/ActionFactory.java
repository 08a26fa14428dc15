package io.stormcenter.workbench.ui.actions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes the controls of the catalogue's actions, bound to this window's commands: menu-bar items
 * (with their accelerators), context-menu items, tool-bar buttons, and the canvas's keys. Every
 * control runs its action through {@link #fire}, so a key, a menu item and a button do the same.
 */
public final class ActionFactory {

    /** Where a control sits; its id is the place's prefix and the action's id. */
    public enum Place {
        MENU_BAR("menu"),
        CONTEXT_MENU("context"),
        TOOL_BAR("tool");

        private final String prefix;

        Place(String prefix) {
            this.prefix = prefix;
        }

        public String idOf(StandardAction action) {
            return prefix + "-" + action.id();
        }
    }

    /** The style classes of AtlantaFX's flat icon buttons. */
    private static final List<String> ICON_BUTTON = List.of("button-icon", "flat");

    private final Map<StandardAction, Command> commands;
    private final BooleanSupplier typingInTextField;

    /**
     * @param commands          what each action does here (an action without one cannot be placed)
     * @param typingInTextField whether a text field has the keyboard now (then editing keys stay text keys)
     */
    public ActionFactory(Map<StandardAction, Command> commands, BooleanSupplier typingInTextField) {
        this.commands = new EnumMap<>(commands);
        this.typingInTextField = typingInTextField;
    }

    /** Runs the action unless it is disabled, or is an editing action while a text field has the keyboard. */
    public void fire(StandardAction action) {
        Command command = command(action);
        if (command.isDisabled() || action.scope() == KeyScope.EDITING && typingInTextField.getAsBoolean()) {
            return;
        }
        command.run().run();
    }

    public boolean has(StandardAction action) {
        return commands.containsKey(action);
    }

    private Command command(StandardAction action) {
        Command command = commands.get(action);
        if (command == null) {
            throw new IllegalArgumentException("no command for " + action + " in this window");
        }
        return command;
    }

    // ---- menus ----

    /** Menu items for groups of actions, with a separator between groups. */
    public List<MenuItem> menuItems(Place place, List<List<StandardAction>> groups) {
        List<MenuItem> items = new ArrayList<>();
        for (List<StandardAction> group : groups) {
            if (!items.isEmpty() && !group.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            group.forEach(action -> items.add(menuItem(action, place)));
        }
        return items;
    }

    /**
     * One menu item: a check item for a setting, a radio item for a choice, else a plain item. In
     * the menu bar a canvas key is written into the text instead of becoming an accelerator, which
     * would take Tab or D away from every text field.
     */
    public MenuItem menuItem(StandardAction action, Place place) {
        Command command = command(action);
        MenuItem item;
        if (command.setting() != null) {
            CheckMenuItem check = new CheckMenuItem(action.text());
            check.selectedProperty().bindBidirectional(command.setting());
            item = check;
        } else if (command.chosen() != null) {
            RadioMenuItem radio = new RadioMenuItem(action.text());
            ObservableBooleanValue chosen = command.chosen();
            radio.setSelected(chosen.get());
            chosen.addListener((obs, was, is) -> radio.setSelected(is));
            radio.setOnAction(e -> {
                fire(action);
                radio.setSelected(chosen.get()); // a click on the chosen item must not unmark it
            });
            item = radio;
        } else {
            item = new MenuItem(action.text(), action.icon().map(FontIcon::new).orElse(null));
        }
        item.setId(place.idOf(action));
        if (command.setting() == null && command.chosen() == null) {
            item.setOnAction(e -> fire(action));
        }
        if (command.disabled() != null) {
            item.disableProperty().bind(command.disabled());
        }
        action.key().ifPresent(key -> {
            if (place == Place.MENU_BAR && action.scope() == KeyScope.CANVAS) {
                item.setText(action.text() + "    (" + action.keyText() + " on the canvas)");
            } else {
                // in a context menu shown with show() the accelerator is only drawn, never registered
                item.setAccelerator(key);
            }
        });
        return item;
    }

    // ---- tool bar ----

    /** An icon button (a toggle button for a setting) with the action's text and key as tooltip. */
    public ButtonBase button(StandardAction action) {
        Command command = command(action);
        ButtonBase button;
        if (command.setting() != null) {
            ToggleButton toggle = new ToggleButton();
            toggle.selectedProperty().bindBidirectional(command.setting());
            button = toggle;
        } else {
            button = new Button();
            button.setOnAction(e -> fire(action));
        }
        button.setGraphic(new FontIcon(action.icon().orElseThrow(
                () -> new IllegalArgumentException(action + " has no icon for the tool bar"))));
        button.setId(Place.TOOL_BAR.idOf(action));
        button.getStyleClass().addAll(ICON_BUTTON);
        button.setTooltip(new Tooltip(tooltip(action)));
        button.setFocusTraversable(false);
        if (command.disabled() != null) {
            button.disableProperty().bind(command.disabled());
        }
        return button;
    }

    /** A drop-down button whose items are choices (the gate of the selected node). */
    public MenuButton choices(String id, String text, String icon, List<StandardAction> actions) {
        MenuButton button = new MenuButton(text, new FontIcon(icon));
        button.setId(id);
        actions.forEach(action -> button.getItems().add(menuItem(action, Place.TOOL_BAR)));
        button.setFocusTraversable(false);
        return button;
    }

    /** "Save the tree to its file (Ctrl+S)". */
    public static String tooltip(StandardAction action) {
        return action.key().isEmpty() ? action.help() : action.help() + " (" + action.keyText() + ")";
    }

    // ---- keys ----

    /** Runs the canvas action whose key this is; true when one ran (the caller consumes the event), false when it is disabled. */
    public boolean handleCanvasKey(KeyEvent event) {
        for (StandardAction action : commands.keySet()) {
            if (action.scope() == KeyScope.CANVAS && action.keys().stream().anyMatch(k -> k.match(event))) {
                if (command(action).isDisabled()) {
                    return false; // a key with nothing to do keeps its usual meaning (Tab moves the focus on)
                }
                fire(action);
                return true;
            }
        }
        return false;
    }

    /**
     * Registers the window's keys that no menu item carries: the alternatives (Shift+Ctrl+Z for
     * redo) and the keys of actions placed in no menu.
     */
    public void installKeys(Scene scene, List<StandardAction> inMenuBar) {
        for (StandardAction action : commands.keySet()) {
            if (action.scope() == KeyScope.CANVAS) {
                continue;
            }
            List<KeyCombination> keys = inMenuBar.contains(action) ? action.keys().subList(Math.min(1,
                    action.keys().size()), action.keys().size()) : action.keys();
            keys.forEach(key -> scene.getAccelerators().put(key, () -> fire(action)));
        }
    }
}
