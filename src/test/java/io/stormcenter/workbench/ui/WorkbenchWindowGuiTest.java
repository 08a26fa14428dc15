package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main flows, driven with mouse and keyboard on the real window (headless under Monocle). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowGuiTest {

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

    private void clickCard(FxRobot robot, String nodeId, MouseButton... button) {
        // the canvas lays itself out when asked for a position: ask on the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        var center = WaitForAsyncUtils.asyncFx(() -> window.canvas().screenCenterOf(nodeId));
        robot.clickOn(robot.point(WaitForAsyncUtils.waitFor(center)), button);
    }

    private void typeName(FxRobot robot, String name) {
        assertThat(window.canvas().gestures().isRenaming()).as("inline editor open").isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(name);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String idOf(String label) {
        return window.document().tree().nodes().stream().filter(n -> n.label().equals(label)).map(Node::id)
                .findFirst().orElseThrow(() -> new AssertionError("no node labelled " + label));
    }

    @Test
    void a_three_level_tree_built_with_keyboard_and_mouse_survives_save_and_reopen(FxRobot robot) throws Exception {
        // given an empty tree: select the root and rename it with F2
        clickCard(robot, "goal");
        robot.type(KeyCode.F2);
        typeName(robot, "Take over the cluster");
        // when: Tab adds a child, Tab again a grandchild, Enter a sibling of it
        robot.type(KeyCode.TAB);
        typeName(robot, "Get a shell in a pod");
        robot.type(KeyCode.TAB);
        typeName(robot, "Exploit the web app");
        robot.type(KeyCode.ENTER);
        typeName(robot, "Exec with stolen kubeconfig");
        // change the middle node's gate through the context menu
        clickCard(robot, idOf("Get a shell in a pod"), MouseButton.SECONDARY);
        robot.clickOn("#context-gate-sand");
        // add a defence to a leaf with D
        clickCard(robot, idOf("Exploit the web app"));
        robot.type(KeyCode.D);
        typeName(robot, "Web application firewall");

        // then
        AttackTree built = window.document().tree();
        Node shell = built.node(idOf("Get a shell in a pod"));
        assertThat(built.root().label()).isEqualTo("Take over the cluster");
        assertThat(built.root().children()).containsExactly(shell.id());
        assertThat(shell.gate()).isEqualTo(Gate.SAND);
        assertThat(shell.children()).extracting(id -> built.node(id).label())
                .containsExactly("Exploit the web app", "Exec with stolen kubeconfig");
        Node waf = built.node(idOf("Web application firewall"));
        assertThat(waf.role()).isEqualTo(Role.DEFENCE);
        assertThat(built.parent(waf.id())).map(Node::id).contains(idOf("Exploit the web app"));

        // undo removes the defence (its rename, then its creation); redo brings both back
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(window.document().tree().nodes()).extracting(Node::label).doesNotContain("Web application firewall", "New defence");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(window.document().tree()).isEqualTo(built);

        // save with Ctrl+S (asks for a file), then reopen it with Ctrl+O
        Path file = home.resolve("built.json");
        dialogs.files.add(file);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(Files.exists(file)).isTrue();
        assertThat(window.document().isDirty()).isFalse();
        robot.interact(() -> window.files().newTree());
        assertThat(window.document().tree().size()).isEqualTo(1);
        dialogs.files.add(file);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1);
        assertThat(window.document().tree()).isEqualTo(built);
        assertThat(TreeFiles.read(file).tree()).isEqualTo(built);
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
    }

    @Test
    void picking_a_scenario_highlights_its_leaves_and_edges(FxRobot robot) throws Exception {
        // given a sample model
        robot.interact(() -> window.files().load(Path.of("sample-models/ksc-kubecon-2024.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1);
        // by its id: whether the tab shows its title or only its icon depends on when the opening view folds the outline
        robot.interact(() -> window.selectTab(WindowTab.ANALYSIS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !window.analysis().scenarios().isEmpty() && !window.analysis().runningProperty().get());
        // when the first scenario row is clicked
        WaitForAsyncUtils.waitForFxEvents();
        // (a table reuses its rows: the first one is found and its place read in one go on the FX thread)
        Point2D firstRow = OnScreen.await("the first scenario row", () -> robot.lookup("#scenario-table .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0 && row.getItem() != null).tryQuery()
                .map(OnScreen::centre));
        robot.clickOn(robot.point(firstRow));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.analysis().selectedScenarioProperty().get() != null);
        robot.clickOn("#tool-fit");
        WaitForAsyncUtils.waitForFxEvents();
        // then its leaves carry the scenario-leaf class and its edges are drawn highlighted
        List<String> leaves = window.analysis().scenarios().get(0).scenario().leaves();
        assertThat(window.analysis().selectedScenarioProperty().get().rank()).isEqualTo(1);
        // (the canvas reuses its cards: which card shows which node is read on the FX thread)
        Set<String> highlighted = OnScreen.read(() -> {
            Set<String> ids = new HashSet<>();
            for (javafx.scene.Node card : robot.lookup("." + WorkbenchCss.SCENARIO_LEAF).queryAll()) {
                ids.add(card.getId().substring("card-".length()));
            }
            return ids;
        });
        assertThat(highlighted).containsExactlyInAnyOrderElementsOf(leaves);
        assertThat(OnScreen.read(() -> window.canvas().scenarioEdgeCount())).isGreaterThanOrEqualTo(leaves.size());
        assertThat(OnScreen.read(() -> robot.lookup("." + WorkbenchCss.IN_SCENARIO).queryAll()))
                .hasSizeGreaterThan(leaves.size());
    }

    @Test
    void the_models_title_and_id_are_set_in_the_inspector_when_no_node_is_selected(FxRobot robot) {
        // given a new tree with nothing selected, and the inspector shown
        robot.interact(() -> window.editor().select(null));
        robot.interact(() -> window.selectRightTab("tab-inspector"));
        WaitForAsyncUtils.waitForFxEvents();
        // when a title is typed into the model's form
        robot.clickOn("#field-model-title");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Cluster takeover");
        WaitForAsyncUtils.waitForFxEvents();
        // then the model has that title, an id of its own (the save name), and the window says so
        assertThat(window.document().tree().title()).isEqualTo("Cluster takeover");
        assertThat(window.document().tree().id()).isEqualTo("cluster-takeover");
        assertThat(window.files().titleProperty().get()).contains("Cluster takeover");
        // and the id can be set apart from the title
        robot.clickOn("#field-model-id");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("takeover-2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().tree().id()).isEqualTo("takeover-2026");
    }

    @Test
    void a_broken_file_shows_the_error_with_its_line_and_keeps_the_open_tree(FxRobot robot) throws Exception {
        // given an open tree and a broken file
        AttackTree before = window.document().tree();
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"ksc-attack-tree\",\n  \"nodes\": [ {\"id\": }\n]}\n");
        // when it is opened through File > Open
        dialogs.files.add(broken);
        robot.clickOn("File");
        robot.clickOn("#menu-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.files().bannerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // then the banner says where, and the tree is the one that was open
        Message banner = robot.lookup("#message-banner").queryAs(Message.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getTitle()).contains("broken.json");
        assertThat(banner.getDescription()).contains("broken.json:3:");
        assertThat(window.document().tree()).isSameAs(before);
    }
}
