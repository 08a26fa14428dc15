package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.picture.DefenceStatusOverlay;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.heat.CaptureReplay;
import io.stormcenter.workbench.ui.panels.WhatIfProposal;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The evidence in the window (issue 14): the KubeCon sample with its demo capture, the calibrated figures
 * in the analysis panel and the inspector, the Calibrated badges on the cards, and the what-if of a
 * proposed defence changing the goal's figures and marking the card.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceInWindowGuiTest {

    private static final Path SAMPLES = Path.of("sample-models");

    @TempDir
    static Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), SAMPLES, w -> dialogs, false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    private String text(FxRobot robot, String id) {
        return OnScreen.read(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /**
     * Every label of a node's card, found and read in one go on the FX thread: the canvas reuses its cards for
     * other nodes as the view moves.
     */
    private static String cardText(FxRobot robot, String nodeId) {
        return OnScreen.read(() -> {
            StringBuilder all = new StringBuilder();
            for (Node label : robot.lookup("#card-" + nodeId).query().lookupAll(".label")) {
                all.append(((Label) label).getText()).append(" | ");
            }
            return all.toString();
        });
    }

    @Test
    void the_demo_captures_sessions_calibrate_the_goal_the_steps_and_the_badges_and_a_proposal_can_be_tried(
            FxRobot robot) throws Exception {
        // given the KubeCon sample open and its demo capture's observations in the heat panel
        Path model = SAMPLES.resolve(CaptureReplay.DEMO_MODEL);
        List<Observation> observations = CaptureReplay.replay(TreeFiles.read(model).tree(),
                SAMPLES.resolve(CaptureReplay.DEMO_CAPTURE));
        robot.interact(() -> window.files().load(model));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.document().tree().size() > 1);
        robot.interact(() -> {
            window.heat().use(observations);
            window.selectTab(WindowTab.ANALYSIS);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.risk().evidenceProperty().get().startsWith("Calibrated by 6 sessions"));
        WaitForAsyncUtils.waitForFxEvents();

        // then the analysis panel shows the goal calibrated with its interval
        assertThat(text(robot, "#risk-goal")).matches("0\\.\\d\\d");
        assertThat(text(robot, "#risk-goal-interval")).matches("90 %: 0\\.\\d+\u20130\\.\\d+");
        assertThat(text(robot, "#risk-evidence")).isEqualTo("Calibrated by 6 sessions of your own sensors");

        // when a step is selected, the inspector shows estimate, observed and calibrated side by side
        robot.interact(() -> {
            window.editor().select("ssh-bait");
            window.selectTab(WindowTab.NODE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#inspector-evidence")).startsWith("estimate 0.60  \u00b7  observed 6 of 6  \u00b7  calibrated 0.");

        // when the cards show the Calibrated badges
        robot.interact(() -> window.editor().badgeDomainProperty().set(BadgeDomain.CALIBRATED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardText(robot, "ssh-bait")).contains("est 0.60 \u00b7 6/6", "= cal 0.");
        // and File > Export SVG draws the same badges as the canvas
        Path svg = home.resolve("calibrated.svg");
        dialogs.files.add(svg);
        robot.interact(MenuItems.byId(robot, "menu-export-svg")::fire);
        assertThat(Files.readString(svg)).contains("est 0.60 \u00b7 6/6", "cal 0.");

        // when the first proposed defence is tried in the what-if
        String before = text(robot, "#risk-goal");
        WhatIfProposal first = window.risk().proposals().get(0);
        robot.interact(() -> {
            window.selectTab(WindowTab.ANALYSIS);
            first.chosenProperty().set(true);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.risk().whatIfProperty().get().startsWith("With 1"));
        WaitForAsyncUtils.waitForFxEvents();

        // then the goal's figures change and its card is marked chosen
        assertThat(text(robot, "#whatif-summary")).matches("With 1 proposal \\(\\$[\\d,]+\\): p 0\\.\\d\\d \u2192 0\\.\\d\\d.*");
        assertThat(text(robot, "#risk-goal")).isNotEqualTo(before);
        javafx.scene.Node list = robot.lookup("#whatif-list").query();
        assertThat(list.getBoundsInLocal().getHeight()).isGreaterThan(50);
        assertThat(robot.from(list).lookup(".scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class))
                .as("long proposal labels are cut with an ellipsis, not scrolled sideways")
                .noneMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible());
        assertThat(OnScreen.read(() -> List.copyOf(robot.lookup("#card-" + first.nodeId()).query().getStyleClass())))
                .contains(DefenceStatusOverlay.CHOSEN);
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        new File("target", "evidence-window.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
