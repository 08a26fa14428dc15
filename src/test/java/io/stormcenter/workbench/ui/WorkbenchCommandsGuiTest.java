package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.format.WorkbenchVersion;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.ui.actions.ShortcutHelp;
import io.stormcenter.workbench.ui.actions.StandardAction;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The commands of the window come from one catalogue: ids, keys, F1, the gate marks, find, export, close. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchCommandsGuiTest {

    private static final Path KUBECON = Path.of("sample-models/ksc-kubecon-2024.json");

    @TempDir
    static Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"), w -> dialogs,
                false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    /**
     * Opens the sample and waits until its analysis is done: the opening view may fold a side panel once the
     * analysis frames the tree, re-parenting the canvas, and a test reading the scene meanwhile found the canvas
     * without one (CI, twice: a null scene, and an index out of bounds in a lookup).
     */
    private void openKubecon() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.files().load(KUBECON));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.analysis().runningProperty().get()
                && window.analysis().scenarios().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MenuItem> itemsOf(List<MenuItem> items) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : items) {
            all.add(item);
            if (item instanceof Menu menu) {
                all.addAll(itemsOf(menu.getItems()));
            }
        }
        return all;
    }

    private List<MenuItem> menuBarItems(FxRobot robot) {
        return MenuItems.all(robot);
    }

    private static Stream<Node> nodes(Node node) {
        return node instanceof Parent parent && !(node instanceof MenuBar)
                ? Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(WorkbenchCommandsGuiTest::nodes))
                : Stream.of(node);
    }

    @Test
    void no_id_is_used_twice_in_the_window_its_menus_and_the_canvas_menu(FxRobot robot) {
        // given the window, its menu bar, tool-bar drop-downs and the canvas's context menu
        List<String> ids = new ArrayList<>();
        nodes(window.scene().getRoot()).filter(n -> !(n.getParent() instanceof MenuBar || n instanceof MenuBar))
                .map(Node::getId).filter(id -> id != null && id.matches("(menu|tool|context)-.+")).forEach(ids::add);
        menuBarItems(robot).stream().map(MenuItem::getId).filter(id -> id != null).forEach(ids::add);
        nodes(window.scene().getRoot()).filter(n -> n instanceof MenuButton)
                .flatMap(n -> itemsOf(((MenuButton) n).getItems()).stream())
                .map(MenuItem::getId).filter(id -> id != null).forEach(ids::add);
        ContextMenu canvasMenu = window.canvas().gestures().contextMenu();
        itemsOf(canvasMenu.getItems()).stream().map(MenuItem::getId).filter(id -> id != null).forEach(ids::add);
        // then each id is there once, and the old clashes are gone
        assertThat(ids).doesNotHaveDuplicates().contains("menu-cut", "context-cut", "menu-gate-sand", "context-gate-sand",
                "tool-gate-sand");
    }

    @Test
    void every_menu_item_of_the_menu_bar_and_the_canvas_menu_is_an_action_of_the_catalogue(FxRobot robot) {
        List<String> catalogue = Arrays.stream(StandardAction.values()).map(StandardAction::id).toList();
        List<MenuItem> items = new ArrayList<>(menuBarItems(robot));
        items.addAll(itemsOf(window.canvas().gestures().contextMenu().getItems()));
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem || item instanceof Menu || item.getParentMenu() != null
                    && "menu-recent".equals(item.getParentMenu().getId())) {
                continue;
            }
            assertThat(item.getId()).as(item.getText()).matches("(menu|context)-.+");
            assertThat(catalogue).as(item.getText()).contains(item.getId().replaceFirst("^(menu|context)-", ""));
        }
        // and the tool bar's buttons too
        ToolBar bar = robot.lookup("#tool-bar").queryAs(ToolBar.class);
        bar.getItems().stream().filter(n -> n instanceof javafx.scene.control.ButtonBase && !(n instanceof MenuButton))
                .forEach(n -> assertThat(catalogue).as(n.getId()).contains(n.getId().replaceFirst("^tool-", "")));
    }

    @Test
    void f1_lists_every_key_the_window_answers_to(FxRobot robot) {
        // when F1 is pressed
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        // then the list has every accelerator of the menu bar and every extra key of the scene
        List<String> listed = dialogs.shortcuts.stream().map(ShortcutHelp.Entry::keys).toList();
        assertThat(listed).isNotEmpty();
        List<KeyCombination> keys = new ArrayList<>();
        menuBarItems(robot).stream().map(MenuItem::getAccelerator).filter(k -> k != null).forEach(keys::add);
        keys.addAll(window.scene().getAccelerators().keySet());
        assertThat(keys).extracting(KeyCombination::getDisplayText)
                .contains(KeyCombination.valueOf("Shortcut+9").getDisplayText(),
                        KeyCombination.valueOf("Shortcut+B").getDisplayText(),
                        KeyCombination.valueOf("Shortcut+Shift+Z").getDisplayText());
        for (KeyCombination key : keys) {
            assertThat(listed).as(key.getDisplayText()).anyMatch(line -> Arrays.asList(line.replace(" (on the canvas)", "")
                    .split(" or ")).contains(key.getDisplayText()));
        }
        // and every key of the catalogue, the focus keys among them
        for (StandardAction action : StandardAction.values()) {
            for (KeyCombination key : action.keys()) {
                assertThat(listed).as(action + " " + key.getDisplayText()).anyMatch(line -> Arrays.asList(
                        line.replace(" (on the canvas)", "").split(" or ")).contains(key.getDisplayText()));
            }
        }
        assertThat(listed).contains(KeyCombination.valueOf("F6").getDisplayText(),
                KeyCombination.valueOf("Shortcut+Tab").getDisplayText() + " (on the canvas)");
        // and the canvas's own keys
        assertThat(listed).contains("Tab (on the canvas)", "D (on the canvas)",
                KeyCombination.valueOf("Delete").getDisplayText() + " or "
                        + KeyCombination.valueOf("Backspace").getDisplayText() + " (on the canvas)");
    }

    @Test
    void the_gate_menu_marks_the_gate_of_the_selected_node_and_follows_a_change(FxRobot robot) throws Exception {
        // given the KubeCon sample with its SAND main path selected
        openKubecon();
        robot.interact(() -> window.editor().select("via-logs"));
        RadioMenuItem sand = (RadioMenuItem) menuBarItems(robot).stream()
                .filter(i -> "menu-gate-sand".equals(i.getId())).findFirst().orElseThrow();
        RadioMenuItem or = (RadioMenuItem) menuBarItems(robot).stream()
                .filter(i -> "menu-gate-or".equals(i.getId())).findFirst().orElseThrow();
        assertThat(window.document().tree().node("via-logs").gate()).isEqualTo(Gate.SAND);
        assertThat(sand.isSelected()).isTrue();
        assertThat(or.isSelected()).isFalse();
        // when Ctrl+1 makes it an OR
        robot.clickOn(window.canvas());
        robot.interact(() -> window.editor().select("via-logs"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        // then the mark moves with it
        assertThat(window.document().tree().node("via-logs").gate()).isEqualTo(Gate.OR);
        assertThat(or.isSelected()).isTrue();
        assertThat(sand.isSelected()).isFalse();
        // and the root (an OR) marks OR
        robot.interact(() -> window.editor().select(window.document().tree().rootId()));
        assertThat(or.isSelected()).isTrue();
    }

    @Test
    void help_about_names_the_version(FxRobot robot) {
        MenuItem about = menuBarItems(robot).stream().filter(i -> "menu-about".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(about::fire);
        assertThat(dialogs.information).singleElement().asString()
                .contains(WorkbenchVersion.current().describe()).contains("Java ");
    }

    @Test
    void ctrl_f_finds_on_the_canvas_and_f3_walks_the_matches(FxRobot robot) throws Exception {
        // given the KubeCon sample
        openKubecon();
        // when Ctrl+F is pressed and a word typed
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(window.scene().getFocusOwner().getId()).isEqualTo("find-field");
        robot.write("pki/apiserver");
        WaitForAsyncUtils.waitForFxEvents();
        // then the match is selected and its card is on screen
        assertThat(window.editor().primary()).as(robot.lookup("#find-field").queryTextInputControl().getText()).isEqualTo("symlink-key");
        assertThat(window.canvas().cardOf("symlink-key")).isNotNull();
        // and F3 / Shift+F3 walk through several matches, the card shown each time
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("key");
        WaitForAsyncUtils.waitForFxEvents();
        String first = window.editor().primary();
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        String second = window.editor().primary();
        assertThat(second).isNotEqualTo(first);
        assertThat(window.canvas().cardOf(second)).isNotNull();
        robot.push(KeyCode.SHIFT, KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().primary()).isEqualTo(first);
        // Escape gives the keyboard back to the canvas, where Tab adds a child again
        robot.type(KeyCode.ESCAPE);
        assertThat(window.scene().getFocusOwner().getId()).isEqualTo("canvas-viewport");
    }

    @Test
    void the_tree_exports_to_adtool_xml_from_the_file_menu_and_reads_back(FxRobot robot) throws Exception {
        openKubecon();
        Path target = home.resolve("kubecon-adtool.xml");
        dialogs.files.add(target);
        MenuItem export = menuBarItems(robot).stream().filter(i -> "menu-export-adtool".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(export.getParentMenu().getId()).isEqualTo("menu-export");
        robot.interact(export::fire);
        assertThat(dialogs.asked).contains("save-as ADTOOL");
        assertThat(Files.readString(target)).startsWith("<?xml").contains("<node refinement=\"disjunctive\">")
                .contains("<label>Steal the API server's private key</label>");
        assertThat(TreeFiles.read(target).tree().size()).isEqualTo(window.document().tree().size());
    }

    @Test
    void the_tree_exports_to_graphviz_dot_from_the_file_menu(FxRobot robot) throws Exception {
        // given the KubeCon sample and a file chosen in the dialog
        openKubecon();
        Path target = home.resolve("kubecon.dot");
        dialogs.files.add(target);
        // when File > Export > Graphviz DOT is chosen
        MenuItem export = MenuItems.byId(robot, "menu-export-dot");
        assertThat(export.getParentMenu().getId()).isEqualTo("menu-export");
        robot.interact(export::fire);
        // then the file is the tree as a DOT digraph, every node in it
        assertThat(dialogs.asked).contains("save-as DOT");
        String dot = Files.readString(target);
        assertThat(dot).startsWith("digraph").contains("[label=\"Steal the API server's");
        for (var node : window.document().tree().nodes()) {
            assertThat(dot).as(node.id()).contains("\"" + node.id() + "\"");
        }
    }

    @Test
    void file_close_asks_about_changes_and_returns_to_the_start_page(FxRobot robot) throws Exception {
        // given an opened sample with an unsaved change
        openKubecon();
        robot.interact(() -> {
            window.editor().select(window.document().tree().rootId());
            window.editor().addChild();
        });
        assertThat(window.document().isDirty()).isTrue();
        // when Close is cancelled, nothing happens; when discarded, the start page comes back
        dialogs.saveAnswers.add(io.stormcenter.workbench.ui.dialog.SaveChoice.CANCEL);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertThat(window.document().tree().size()).isGreaterThan(1);
        dialogs.saveAnswers.add(io.stormcenter.workbench.ui.dialog.SaveChoice.DISCARD);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().tree().size()).isEqualTo(1);
        assertThat(window.document().file()).isNull();
        assertThat(window.files().startPageShownProperty().get()).isTrue();
        assertThat(dialogs.asked).filteredOn(a -> a.startsWith("save ")).hasSize(2);
    }
}
