package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.heat.CaptureReplay;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first heat on an opened tree is framed whole, unless the user chose their own view first. */
@ExtendWith(ApplicationExtension.class)
class HeatFramingGuiTest {

    @TempDir
    static Path home;

    private static List<Observation> capture;
    private WorkbenchWindow window;

    @BeforeAll
    static void replayTheDemoCapture() throws Exception {
        capture = CaptureReplay.replay(TreeFiles.read(ReplayedDemo.SAMPLES.resolve(CaptureReplay.DEMO_MODEL)).tree(),
                ReplayedDemo.SAMPLES.resolve(CaptureReplay.DEMO_CAPTURE));
    }

    @Start
    void start(Stage stage) {
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), ReplayedDemo.SAMPLES, w -> new ScriptedDialogs(),
                false, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void a_view_the_user_zoomed_is_kept_when_the_first_heat_comes(FxRobot robot) throws Exception {
        // given the demo model open, its analysis done, and the user zoomed in twice with the tool bar
        robot.interact(() -> window.files().load(ReplayedDemo.SAMPLES.resolve(CaptureReplay.DEMO_MODEL)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.files().busyProperty().get()
                && window.document().tree().contains("via-node-escape") && !window.analysis().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tool-zoom-in");
        robot.clickOn("#tool-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        double chosen = window.canvas().zoomProperty().get();

        // when the capture's heat comes in (as a collection's first sessions do)
        robot.interact(() -> window.heat().use(capture));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.heat().sessions().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();

        // then the view stays where the user put it: the heat is not framed over it
        assertThat(window.canvas().zoomProperty().get()).isEqualTo(chosen);
    }
}
