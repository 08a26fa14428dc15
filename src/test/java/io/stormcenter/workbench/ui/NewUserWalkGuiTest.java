package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.analysis.Blocked;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/**
 * What a new user meets in the first minutes, walked through the window with keys and tabs as a
 * user would: a sample saved with Ctrl+S, a goal behind a defence in the Analysis tab, and the
 * Honey tab on a new tree.
 */
@ExtendWith(ApplicationExtension.class)
class NewUserWalkGuiTest {

    @TempDir
    static Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path samples;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // a copy of the shipped samples: should Save write over a sample, it writes over this one
        samples = Files.createDirectories(home.resolve("samples-" + System.nanoTime()));
        Files.copy(Path.of("sample-models", "ksc-kubecon-2024.json"), samples.resolve("ksc-kubecon-2024.json"));
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), samples, w -> dialogs, false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void a_sample_changed_and_saved_with_ctrl_s_goes_where_the_user_says_and_the_sample_stays_as_shipped(FxRobot robot)
            throws Exception {
        // given a sample opened as from the start page, and changed
        Path sample = samples.resolve("ksc-kubecon-2024.json");
        String shipped = Files.readString(sample);
        robot.interact(() -> window.files().open(sample));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().tree().size() > 1);
        robot.interact(() -> window.document().apply(t -> t.withNode(t.root().withLabel("Mine now"))));
        // when Ctrl+S is pressed on the canvas, and the user names a file of their own
        Path mine = home.resolve("mine-" + System.nanoTime() + ".json");
        dialogs.files.add(mine);
        robot.clickOn("#canvas-viewport");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        // then Save asked where, wrote there, and the sample is byte for byte as shipped
        assertThat(dialogs.asked).contains("save-as MODEL");
        assertThat(TreeFiles.read(mine).tree().root().label()).isEqualTo("Mine now");
        assertThat(Files.readString(sample)).isEqualTo(shipped);
        assertThat(window.document().file()).isEqualTo(mine.toAbsolutePath());
    }

    @Test
    void a_goal_behind_a_defence_reads_blocked_in_the_analysis_tab_whole_and_the_tab_says_why(FxRobot robot)
            throws Exception {
        // given a goal whose only step is countered by a defence that nothing counters
        AttackTree countered = AttackTree.single("t", "T", Node.attack("goal", "Goal"))
                .addChild("goal", Node.attack("step", "Step").withEstimates(Estimates.of(0.6, 100, 2, 2)))
                .addChild("step", Node.defence("waf", "WAF").withEstimates(Estimates.of(0.5, 0, 0, 1)));
        // when it is opened and the Analysis tab shown
        robot.interact(() -> {
            window.document().load(countered, null);
            window.selectTab(WindowTab.ANALYSIS);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Blocked.WORD.equals(robot.lookup("#root-cost").queryLabeled().getText()));
        WaitForAsyncUtils.waitForFxEvents();
        // then the tiles say "blocked" whole, the scenario's figures too, and nothing reads "Infinity"
        for (String tile : List.of("#root-cost", "#root-time", "#root-skill")) {
            OnScreen.LabelText value = OnScreen.read(() -> OnScreen.LabelText.of(robot.lookup(tile).queryLabeled()));
            assertThat(value.text()).as(tile).isEqualTo(Blocked.WORD);
            assertThat(value.drawn()).as(tile + " as drawn").isEqualTo(Blocked.WORD);
        }
        // (the scenarios arrive after the tiles: wait for the row's figures, read from a visible cell)
        String expected = "p 0.30  \u00b7  cost blocked  \u00b7  time blocked";
        // (a table reuses its cells: the row's label is found and read in one go, until it draws its figures)
        OnScreen.LabelText figures = OnScreen.await("the scenario row's figures",
                () -> robot.lookup("#scenario-table .label").match((Label l) -> l.isVisible() && expected.equals(l.getText()))
                        .tryQueryAs(Label.class).map(OnScreen.LabelText::of),
                OnScreen.LabelText::whole);
        assertThat(figures.text()).isEqualTo(expected);
        assertThat(figures.drawn()).as("the scenario's figures as drawn").doesNotContain("Infinity").isEqualTo(expected);
        // and the tab explains it as the CLI does
        Label status = robot.lookup("#analysis-status").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).isEqualTo(Blocked.EXPLANATION);
        assertThat(OnScreen.read(() -> OnScreen.LabelText.of(status)).drawn()).as("the explanation as drawn")
                .isEqualTo(Blocked.EXPLANATION);
    }

    @Test
    void the_honey_tab_on_a_new_tree_says_how_to_start_while_problems_has_none(FxRobot robot) throws Exception {
        // given the new, untitled tree the window opens with; when the Honey tab is shown
        robot.interact(() -> window.selectTab(WindowTab.HONEY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#honey-status").queryLabeled().getText().isEmpty());
        // then it says how to start, not a compile error the Problems tab does not know about
        String status = robot.lookup("#honey-status").queryLabeled().getText();
        assertThat(status).startsWith("No trip-wires yet").doesNotContain("ERROR", "Cannot compile");
        robot.interact(() -> window.selectTab(WindowTab.PROBLEMS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.problems().validatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problems-table").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(robot.lookup("#problems-empty").queryLabeled().getText()).startsWith("No problems");
        assertThat(robot.lookup("#honey-write-files").queryButton().isDisabled()).isTrue();
        // and with the goal selected, where suggestions come from
        robot.interact(() -> window.editor().select("goal"));
        assertThat(robot.lookup("#honey-suggestions-hint").queryLabeled().getText()).contains("technique tags");
        // when the goal gets one trip-wire, it is counted in the singular and can be written
        robot.interact(() -> window.document().apply(t -> t.withNode(t.root().withTripwires(List.of(
                new Tripwire("tw-list", TripwireKind.AUDIT, Map.of("verbs", "list", "resource", "secrets")))))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#honey-status").queryLabeled().getText().contains("1 trip-wire "));
        assertThat(robot.lookup("#honey-status").queryLabeled().getText()).doesNotContain("trip-wires");
        assertThat(robot.lookup("#honey-write-files").queryButton().isDisabled()).isFalse();
    }
}
