package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.ui.controls.PanelTabPane;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.files.WorkbenchSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person sees first in a 1280x800 window: whole tab titles, and the tree's root on the canvas. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchLookGuiTest {

    @TempDir
    static Path home;

    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"), w -> new ScriptedDialogs(),
                false, 1280, 800);
        DeployPanel.install(window);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    /**
     * Every tab header of both side panels lies inside its panel with no overflow menu, every tab has
     * a tooltip, and a tab either shows its whole title or (in a panel too narrow for every title) its
     * icon alone; the selected tab always shows its title.
     */
    private static void assertTabTitlesFit(FxRobot robot) {
        for (String pane : List.of("#left-tabs", "#right-tabs")) {
            PanelTabPane tabs = robot.lookup(pane).queryAs(PanelTabPane.class);
            Bounds area = tabs.localToScene(tabs.getLayoutBounds());
            for (var tab : tabs.getTabs()) {
                Node header = robot.lookup("#" + tab.getId()).match(n -> n.getStyleClass().contains("tab")).query();
                Bounds bounds = header.localToScene(header.getLayoutBounds());
                assertThat(bounds.getMinX()).as("%s starts inside %s", tab.getId(), pane).isGreaterThanOrEqualTo(area.getMinX());
                assertThat(bounds.getMaxX()).as("%s ends inside %s", tab.getId(), pane).isLessThanOrEqualTo(area.getMaxX());
                Label label = (Label) header.lookup(".tab-label");
                boolean iconOnly = label.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
                if (!iconOnly) {
                    assertWhole(label);
                    assertThat(label.getWidth()).as("%s title not shortened", tab.getId())
                            .isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
                }
                assertThat(iconOnly && tab.isSelected()).as("%s is selected and shows its title", tab.getId()).isFalse();
                assertThat(tab.getTooltip()).as("%s has a tooltip", tab.getId()).isNotNull();
            }
            assertThat(tabs.lookupAll(".control-buttons-tab")).as("no overflow menu in %s", pane)
                    .allMatch(buttons -> !buttons.isVisible() || buttons.getLayoutBounds().getWidth() == 0
                            || buttons.lookupAll(".tab-down-button").stream().noneMatch(Node::isVisible));
        }
    }

    @Test
    void every_side_panel_tab_shows_its_whole_title_or_its_icon_inside_its_panel_whichever_tab_is_selected(FxRobot robot) {
        // given the window at 1280x800 with every tab, the Live panel's too
        robot.interact(() -> LivePanel.install(window));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        assertThat(right.getTabs()).extracting(t -> t.getId())
                .containsExactly("tab-inspector", "tab-analysis", "tab-honeycluster", "tab-deploy", "tab-live");
        // then, with each tab selected in turn, every header fits with nothing cut
        for (var tab : List.copyOf(right.getTabs())) {
            robot.interact(() -> right.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            assertTabTitlesFit(robot);
        }
    }

    @Test
    void a_side_panel_dragged_wider_shows_every_title_and_narrower_stops_before_a_title_is_cut(FxRobot robot) {
        robot.interact(() -> LivePanel.install(window));
        WaitForAsyncUtils.waitForFxEvents();
        PanelTabPane right = robot.lookup("#right-tabs").queryAs(PanelTabPane.class);
        // given the right panel at its first width, too narrow for five titles
        assertThat(right.titles()).isEqualTo(PanelTabPane.Titles.SELECTED);
        // when its divider is moved 260 px to the left (as a drag does)
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        double before = right.getWidth();
        moveLastDivider(robot, split, -260);
        // then the panel is wider, shows every title, and the window keeps the new width
        assertThat(right.getWidth()).isCloseTo(before + 260, within(4.0));
        assertThat(right.titles()).isEqualTo(PanelTabPane.Titles.ALL);
        assertTabTitlesFit(robot);
        assertThat(window.rightPanelWidthProperty().get()).isCloseTo(right.getWidth(), within(1.0));
        // when it is moved far to the right, it stops at its minimum, where titles still fit
        moveLastDivider(robot, split, 600);
        assertThat(right.getWidth()).isCloseTo(right.minWidth(-1), within(2.0));
        assertThat(right.titles()).isNotEqualTo(PanelTabPane.Titles.NONE);
        assertTabTitlesFit(robot);
    }

    @Test
    void the_side_panels_open_as_wide_as_they_were_left_and_remember_a_new_width_when_the_window_closes(FxRobot robot)
            throws Exception {
        // given settings that remember a 520 px right panel and a 300 px left one
        Path file = home.resolve("panels.properties");
        java.nio.file.Files.writeString(file, "panel.right.width=520\npanel.left.width=300\n");
        Stage[] stage = new Stage[1];
        WorkbenchWindow[] second = new WorkbenchWindow[1];
        // when a window opens with them
        robot.interact(() -> {
            stage[0] = new Stage();
            second[0] = new WorkbenchWindow(stage[0], new WorkbenchHome(home), Path.of("sample-models"),
                    w -> new ScriptedDialogs(), false, 1280, 800);
            WorkbenchSettings settings = WorkbenchSettings.load(file);
            settings.keepWidth("panel.left.width", second[0].leftPanelWidthProperty());
            settings.keepWidth("panel.right.width", second[0].rightPanelWidthProperty());
            settings.keepWindow(stage[0]);
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then its panels have those widths
        TabPane right = (TabPane) second[0].scene().lookup("#right-tabs");
        TabPane left = (TabPane) second[0].scene().lookup("#left-tabs");
        assertThat(right.getWidth()).isCloseTo(520, within(2.0));
        assertThat(left.getWidth()).isCloseTo(300, within(2.0));
        // when the right one is made narrower and the window closed, the file keeps the new width
        SplitPane split = (SplitPane) second[0].scene().lookup(".split-pane");
        moveLastDivider(robot, split, 80);
        double narrower = right.getWidth();
        assertThat(narrower).isCloseTo(440, within(4.0));
        robot.interact(() -> {
            stage[0].hide();
            second[0].shutdown();
        });
        assertThat(java.nio.file.Files.readString(file)).contains("panel.right.width=" + Math.round(narrower));
    }

    private static void moveLastDivider(FxRobot robot, SplitPane split, double pixels) {
        int last = split.getDividers().size() - 1;
        robot.interact(() -> split.setDividerPosition(last,
                split.getDividerPositions()[last] + pixels / split.getWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { }); // the tab bar restyles at the pulse after the one that laid it out
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The canvas's viewport in the scene, read on the FX thread. */
    private Bounds viewBounds(FxRobot robot) {
        return OnScreen.read(() -> sceneBounds(robot.lookup("#canvas-viewport").query()));
    }

    /**
     * Where the cards of these nodes are in the scene, for those shown, read in one go on the FX thread: the
     * canvas reuses its cards for other nodes as the view moves.
     */
    private Map<String, Bounds> cardBounds(FxRobot robot, List<String> nodeIds) {
        return OnScreen.read(() -> {
            Map<String, Bounds> shown = new LinkedHashMap<>();
            for (String id : nodeIds) {
                robot.lookup("#card-" + id).tryQuery().ifPresent(card -> shown.put(id, sceneBounds(card)));
            }
            return shown;
        });
    }

    /** A card's style classes and whether its problem sign shows, read on the FX thread. */
    private record CardSign(List<String> styleClasses, boolean badgeShown) {

        static CardSign of(FxRobot robot, String nodeId) {
            return OnScreen.read(() -> {
                Node card = robot.lookup("#card-" + nodeId).query();
                return new CardSign(List.copyOf(card.getStyleClass()),
                        card.lookup("." + WorkbenchCss.PROBLEM_BADGE).isVisible());
            });
        }
    }

    private Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void an_opened_sample_opens_on_its_most_likely_path_and_cuts_no_card_at_the_left_edge(FxRobot robot) throws Exception {
        // when a tree wider than the canvas is opened and analysed
        robot.interact(() -> window.files().load(Path.of("sample-models/ksc-kubecon-2024.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1
                && window.analysis().selectedScenarioProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // then the most likely scenario is lit, and its first steps are whole on screen at a readable zoom
        var lit = window.analysis().selectedScenarioProperty().get();
        assertThat(lit).isSameAs(window.analysis().scenarios().get(0));
        // (the canvas reuses its cards as the view moves: where each is, is read on the FX thread)
        Bounds view = viewBounds(robot);
        List<String> steps = lit.scenario().leaves();
        Map<String, Bounds> stepCards = cardBounds(robot, steps);
        Bounds first = stepCards.get(steps.get(0));
        assertThat(first).as("%s shown", steps.get(0)).isNotNull();
        assertThat(first.getMinX()).isGreaterThanOrEqualTo(view.getMinX());
        assertThat(first.getMaxX()).isLessThanOrEqualTo(view.getMaxX());
        assertThat(first.getMinY()).isGreaterThanOrEqualTo(view.getMinY());
        assertThat(first.getMaxY()).isLessThanOrEqualTo(view.getMaxY());
        long whole = stepCards.values().stream().filter(b -> b.getMinX() >= view.getMinX() && b.getMaxX() <= view.getMaxX())
                .count();
        assertThat(whole).as("steps whole on screen of " + steps).isGreaterThanOrEqualTo(Math.min(steps.size(), 4));
        assertThat(OnScreen.read(() -> window.canvas().scale())).isGreaterThanOrEqualTo(0.55);
        Map<String, Bounds> shownCards = OnScreen.read(() -> {
            Map<String, Bounds> shown = new LinkedHashMap<>();
            for (Node card : robot.lookup(".node-card").queryAll()) {
                if (card.isVisible() && card.getParent() != null) {
                    shown.put(card.getId(), sceneBounds(card));
                }
            }
            return shown;
        });
        shownCards.forEach((id, b) -> {
            if (b.getMinY() < view.getMaxY() && b.getMaxY() > view.getMinY()) {
                assertThat(b.getMinX() < view.getMinX() && b.getMaxX() > view.getMinX() + 1)
                        .as("%s cut by the left edge", id).isFalse();
            }
        });
        // and the overview map is there to reach the rest; a click on its far right moves the view there
        assertThat(OnScreen.read(() -> window.canvas().isOverviewVisible())).isTrue();
        Bounds mapBounds = OnScreen.read(() -> {
            Node map = robot.lookup("#canvas-overview").query();
            return map.localToScreen(map.getLayoutBounds());
        });
        double before = OnScreen.read(() -> window.canvas().viewedCentreX());
        robot.clickOn(mapBounds.getMaxX() - 8, mapBounds.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(OnScreen.read(() -> window.canvas().viewedCentreX())).isGreaterThan(before + 100);
    }

    @Test
    void a_tree_that_fits_the_view_has_no_overview_map_and_ctrl_m_hides_it_for_a_large_one(FxRobot robot) throws Exception {
        // given the untitled one-node tree: it fits, no map
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().isOverviewVisible()).isFalse();
        // when the wide sample is opened the map appears; Ctrl+M takes it away and brings it back
        robot.interact(() -> window.files().load(Path.of("sample-models/ksc-kubecon-2024.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().isOverviewVisible()).isTrue();
        robot.clickOn("#canvas-viewport");
        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().isOverviewVisible()).isFalse();
        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().isOverviewVisible()).isTrue();
    }

    @Test
    void hiding_a_side_panel_gives_the_canvas_its_width_and_showing_it_brings_it_back_as_wide(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = robot.lookup("#canvas-viewport").query();
        TabPane left = robot.lookup("#left-tabs").queryAs(TabPane.class);
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        double canvasWidth = viewport.getLayoutBounds().getWidth();
        double leftWidth = left.getWidth();
        double rightWidth = right.getWidth();

        // when the outline panel is hidden from the keyboard, then the right one from the tool bar
        robot.press(KeyCode.CONTROL, KeyCode.B)
                .release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.getScene()).as("the outline panel leaves the window").isNull();
        assertThat(viewport.getLayoutBounds().getWidth()).isGreaterThan(canvasWidth + leftWidth - 20);
        robot.clickOn("#tool-right-panel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(right.getScene()).isNull();
        assertThat(viewport.getLayoutBounds().getWidth()).isGreaterThan(canvasWidth + leftWidth + rightWidth - 30);

        // then both come back as wide as they were
        robot.clickOn("#tool-left-panel");
        robot.clickOn("#tool-right-panel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(left.getScene()).isNotNull();
        assertThat(left.getWidth()).isCloseTo(leftWidth, within(2.0));
        assertThat(right.getWidth()).isCloseTo(rightWidth, within(2.0));
        assertThat(viewport.getLayoutBounds().getWidth()).isCloseTo(canvasWidth, within(2.0));
    }

    @Test
    void a_panel_tab_asked_for_shows_its_hidden_panel(FxRobot robot) {
        robot.interact(() -> window.rightPanelShownProperty().set(false));
        robot.interact(() -> window.selectRightTab("tab-analysis"));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane right = robot.lookup("#right-tabs").queryAs(TabPane.class);
        assertThat(right.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-analysis");
        assertThat(right.getWidth()).isGreaterThanOrEqualTo(340);
    }

    @Test
    void a_node_with_a_problem_carries_a_sign_on_its_card_until_the_problem_is_fixed(FxRobot robot) throws Exception {
        // given a tree whose only leaf has a probability of 1.7
        AttackTree broken = AttackTree.single("t", "t", io.stormcenter.workbench.model.Node.attack("goal", "Goal"))
                .addChild("goal", io.stormcenter.workbench.model.Node.attack("leaf", "Leaf").withEstimates(Estimates.of(1.7, 10, 1, 1)))
                .addChild("goal", io.stormcenter.workbench.model.Node.attack("other", "Other").withEstimates(Estimates.of(0.5, 10, 1, 1)));
        robot.interact(() -> window.document().load(broken, null));
        robot.interact(() -> window.canvas().fitToWindow());
        waitForProblems();

        // then the leaf's card, and only it, has the error sign, and its tooltip says why
        // (the canvas reuses its cards: each is found and read in one go on the FX thread)
        CardSign leaf = CardSign.of(robot, "leaf");
        assertThat(leaf.styleClasses()).contains(WorkbenchCss.HAS_ERROR);
        assertThat(CardSign.of(robot, "other").styleClasses()).doesNotContain(WorkbenchCss.HAS_ERROR);
        assertThat(CardSign.of(robot, "goal").styleClasses()).doesNotContain(WorkbenchCss.HAS_ERROR);
        assertThat(leaf.badgeShown()).isTrue();
        assertThat(robot.lookup("#status-analysis").queryLabeled().getText())
                .isEqualTo("1 error to fix before the analysis (see Problems)");

        // when the value is corrected, the sign goes
        robot.interact(() -> window.document().apply(tree -> tree.withNode(
                tree.node("leaf").withEstimates(Estimates.of(0.7, 10, 1, 1)))));
        waitForProblems();
        CardSign fixed = CardSign.of(robot, "leaf");
        assertThat(fixed.styleClasses()).doesNotContain(WorkbenchCss.HAS_ERROR);
        assertThat(fixed.badgeShown()).isFalse();
        assertThat(robot.lookup("#status-analysis").queryLabeled().getText()).doesNotContain("error");
    }

    @Test
    void the_kubecon_sample_opens_with_its_whole_lit_path_and_goal_in_view_at_a_readable_zoom(FxRobot robot)
            throws Exception {
        // when the KubeCon sample is opened in a 1280x800 window with both side panels
        assertThat(window.leftPanelShownProperty().get()).isTrue();
        robot.interact(() -> window.files().load(Path.of("sample-models/ksc-kubecon-2024.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1
                && window.analysis().selectedScenarioProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // then every card of the lit path, its goal too, is whole in the viewport
        var lit = window.analysis().selectedScenarioProperty().get();
        Bounds view = viewBounds(robot);
        List<String> litNodes = List.copyOf(OnScreen.read(() -> window.analysis().scenarioNodesProperty().get()));
        Map<String, Bounds> cards = cardBounds(robot, litNodes);
        for (String id : litNodes) {
            Bounds b = cards.get(id);
            assertThat(b).as(id + " shown").isNotNull();
            assertThat(b.getMinX()).as("%s left", id).isGreaterThanOrEqualTo(view.getMinX());
            assertThat(b.getMaxX()).as("%s right", id).isLessThanOrEqualTo(view.getMaxX());
            assertThat(b.getMinY()).as("%s top", id).isGreaterThanOrEqualTo(view.getMinY());
            assertThat(b.getMaxY()).as("%s bottom", id).isLessThanOrEqualTo(view.getMaxY());
        }
        assertThat(lit.scenario().leaves()).hasSizeGreaterThanOrEqualTo(5);
        // at a zoom that can be read, the outline having made room, as the status bar says
        assertThat(OnScreen.read(() -> window.canvas().scale())).isGreaterThanOrEqualTo(0.55);
        assertThat(window.leftPanelShownProperty().get()).isFalse();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("outline panel is hidden");
    }

    @Test
    void selecting_a_long_scenario_shows_all_its_steps_at_a_readable_zoom(FxRobot robot) throws Exception {
        // given the KubeCon sample in a 1280x800 window with the outline hidden (with both panels its
        // six-step path needs a zoom below the readable one)
        robot.interact(() -> window.leftPanelShownProperty().set(false));
        robot.interact(() -> window.files().load(Path.of("sample-models/ksc-kubecon-2024.json")));
        // (the analysis is debounced: wait for the sample's scenarios, not the empty tree's)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1
                && !window.analysis().runningProperty().get() && window.analysis().scenarios().stream()
                .anyMatch(row -> row.scenario().leaves().size() > 1));
        int longest = 0;
        for (int i = 0; i < window.analysis().scenarios().size(); i++) {
            if (window.analysis().scenarios().get(i).scenario().leaves().size()
                    > window.analysis().scenarios().get(longest).scenario().leaves().size()) {
                longest = i;
            }
        }
        List<String> leaves = window.analysis().scenarios().get(longest).scenario().leaves();
        assertThat(leaves).hasSizeGreaterThanOrEqualTo(5);

        // when it is selected
        int pick = longest;
        robot.interact(() -> window.analysis().selectScenario(pick));
        WaitForAsyncUtils.waitForFxEvents();

        // then every step's card is whole in the viewport, and the zoom stays readable
        Bounds view = viewBounds(robot);
        Map<String, Bounds> cards = cardBounds(robot, leaves);
        for (String leaf : leaves) {
            Bounds b = cards.get(leaf);
            assertThat(b).as(leaf + " shown").isNotNull();
            assertThat(b.getMinX()).as("%s left", leaf).isGreaterThanOrEqualTo(view.getMinX());
            assertThat(b.getMaxX()).as("%s right", leaf).isLessThanOrEqualTo(view.getMaxX());
        }
        assertThat(OnScreen.read(() -> window.canvas().scale())).isGreaterThanOrEqualTo(0.55);
    }

    /** What a label shows is its whole text, not a shortened "…" form (read on the FX thread). */
    private static void assertWhole(Label label) {
        OnScreen.LabelText shown = OnScreen.read(() -> OnScreen.LabelText.of(label));
        assertThat(shown.drawn()).as("text of %s", label.getId()).isEqualTo(shown.text());
    }

    /** The problems table's row of a problem as drawn: where its message ends, and its node's label. */
    private record ProblemRow(double messageRight, double tableRight, String message, OnScreen.LabelText node) {
    }

    @Test
    void the_problems_panel_shows_its_empty_state_and_long_messages_whole(FxRobot robot) throws Exception {
        // given the problems tab of a new tree
        robot.clickOn("#tab-problems .tab-label");
        waitForProblems();
        // then the empty state is whole
        assertWhole(robot.lookup("#problems-empty").queryAs(Label.class));
        // when the tree has a problem with a long message
        AttackTree broken = AttackTree.single("t", "t", io.stormcenter.workbench.model.Node.attack("goal", "Goal"))
                .addChild("goal", io.stormcenter.workbench.model.Node.attack("leaf", "A leaf with a long label")
                        .withEstimates(Estimates.of(1.7, 10, 1, 1)));
        robot.interact(() -> window.document().load(broken, null));
        waitForProblems();
        // then its node and message are whole inside the panel: the message wraps instead of being cut
        // (a table reuses its cells: the row's message and label are found and read in one go, until drawn whole)
        ProblemRow row = OnScreen.await("the long leaf's problem row", () -> {
            Node table = robot.lookup("#problems-table").query();
            Optional<javafx.scene.text.Text> message = robot.lookup("#problems-table .problem-message")
                    .match((javafx.scene.text.Text t) -> t.getText().contains("1.7") || t.getText().contains("probability"))
                    .tryQuery();
            Optional<Label> node = robot.lookup("#problems-table .table-cell .label")
                    .match((Label l) -> "A leaf with a long label".equals(l.getText())).tryQuery();
            return message.isEmpty() || node.isEmpty() ? Optional.empty() : Optional.of(new ProblemRow(
                    sceneBounds(message.get()).getMaxX(), sceneBounds(table).getMaxX(), message.get().getText(),
                    OnScreen.LabelText.of(node.get())));
        }, shown -> shown.node().whole() && shown.messageRight() <= shown.tableRight());
        assertThat(row.messageRight()).isLessThanOrEqualTo(row.tableRight());
        assertThat(row.message()).doesNotEndWith("\u2026").doesNotEndWith("...");
        assertThat(row.node().drawn()).as("text of the leaf's label").isEqualTo(row.node().text());
    }

    /** Waits until the tree as it is now is validated: validation follows an edit on a lane of its own. */
    private void waitForProblems() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.problems().validatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
