package io.stormcenter.workbench.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import java.util.ServiceLoader;
import org.kordamp.ikonli.IkonHandler;

class StandardActionTest {

    @Test
    void every_action_has_its_own_id() {
        // given the catalogue
        List<String> ids = Arrays.stream(StandardAction.values()).map(StandardAction::id).toList();
        // then no id is used twice
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void no_key_runs_two_actions() {
        // when every key of every action is collected
        List<KeyCombination> keys = Arrays.stream(StandardAction.values()).flatMap(a -> a.keys().stream()).toList();
        // then each runs one action only
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void every_icon_of_the_catalogue_exists_in_the_icon_pack() {
        for (StandardAction action : StandardAction.values()) {
            action.icon().ifPresent(icon -> assertThat(ServiceLoader.load(IkonHandler.class).stream()
                    .map(ServiceLoader.Provider::get).filter(h -> h.supports(icon)).findFirst()
                    .map(h -> h.resolve(icon))).as(action + " icon " + icon).isPresent());
        }
    }

    @Test
    void the_f1_list_names_every_key_of_every_action_and_the_mouse_gestures() {
        // given the whole catalogue
        List<ShortcutHelp.Entry> help = ShortcutHelp.of(List.of(StandardAction.values()));
        // then each key of each action appears in a row for that action
        for (StandardAction action : StandardAction.values()) {
            for (KeyCombination key : action.keys()) {
                assertThat(help).as(action + " " + key.getDisplayText())
                        .anyMatch(e -> e.what().equals(action.text().replace("…", ""))
                                && e.keys().contains(key.getDisplayText()));
            }
        }
        assertThat(help).extracting(ShortcutHelp.Entry::keys)
                .contains("Ctrl+wheel")
                .anyMatch(k -> k.startsWith(KeyCombination.valueOf("Shortcut+9").getDisplayText()))
                .anyMatch(k -> k.startsWith(KeyCombination.valueOf("Shortcut+B").getDisplayText()));
        // grouped in menu order, the gestures last
        Set<String> groups = help.stream().map(ShortcutHelp.Entry::group).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        assertThat(groups).containsExactly("File", "Edit", "Tree", "View", "Help", ShortcutHelp.MOUSE);
    }

    @Test
    void a_canvas_key_says_where_it_works() {
        List<ShortcutHelp.Entry> help = ShortcutHelp.of(List.of(StandardAction.ADD_CHILD, StandardAction.SAVE));
        assertThat(help).filteredOn(e -> !e.group().equals(ShortcutHelp.MOUSE))
                .extracting(ShortcutHelp.Entry::keys)
                .containsExactly(KeyCombination.valueOf("Shortcut+S").getDisplayText(), "Tab (on the canvas)");
    }
}
