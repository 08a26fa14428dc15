package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.live.LiveViewModel;
import io.stormcenter.workbench.ui.live.PacedCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the two sizes of the issue (a 1280x800 laptop, a 1600x1000 desktop), light and dark,
 * with the KubeCon sample open and the Live panel collecting: every side panel in turn shows no shortened
 * title, no hint wider than its field, nothing running past its panel's edge, no list or table scrolling
 * sideways, and no cell or column title cut (a cell may shorten a long value if its tooltip shows it whole). The larger size needs a screen that large:
 * {@code mvn -B -o test -Dtest=NoCutTextGuiTest -Dheadless.geometry=1600x1000-32} (the snapshots of
 * {@code --size 1600x1000} show it too). Each panel's picture is kept in {@code target/no-cut-text} to look at.
 */
@ExtendWith(ApplicationExtension.class)
class NoCutTextGuiTest {

    @TempDir
    static Path home;
    @TempDir
    static Path store;

    private Stage stage;
    private WorkbenchWindow window;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.hide();
            }
            if (window != null) {
                window.shutdown();
            }
        });
    }

    @ParameterizedTest(name = "{0}x{1} dark={2}")
    @CsvSource({"1280, 800, false", "1280, 800, true", "1600, 1000, false", "1600, 1000, true"})
    void no_panel_of_the_window_cuts_its_text(int width, int height, boolean dark, FxRobot robot) throws Exception {
        LiveViewModel[] live = new LiveViewModel[1];
        Path liveStore = Files.createTempDirectory(store, "live"); // each window stores its own observations
        // the headless screen is 1280x800 unless the run asks for more (-Dheadless.geometry=1600x1000-32)
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Assumptions.assumeTrue(screen.getWidth() >= width && screen.getHeight() >= height,
                () -> "the screen (" + screen + ") is smaller than " + width + "x" + height);
        // given the window at that size with every panel installed and the KubeCon sample analysed
        robot.interact(() -> {
            stage = new Stage();
            window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"),
                    w -> new ScriptedDialogs(), dark, width, height);
            DeployPanel.install(window);
            live[0] = LivePanel.install(window, PacedCollection.starter(liveStore, 2_000, 200, false));
            stage.show();
            window.files().load(Path.of("sample-models/ksc-kubecon-2024.json"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.document().tree().size() > 1
                && window.analysis().selectedScenarioProperty().get() != null && !window.honeycluster().busyProperty().get());
        // and the Live feed showing observations with long trip-wire ids and actors
        robot.interact(() -> {
            live[0].clusterProperty().set(true);
            live[0].start(null, window.document().tree());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> live[0].shownObservations().size() >= 100);
        // stopped, so that no rate or count changes while the finder reads the labels
        robot.interact(() -> live[0].stop());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !live[0].runningProperty().get());
        robot.interact(() -> window.editor().select(window.document().tree().rootId()));
        // when each panel is shown in turn, then none of its text is cut
        List<String> cut = new ArrayList<>();
        for (WindowTab tab : WindowTab.values()) {
            robot.interact(() -> window.selectTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> { }); // the tab bar restyles a pulse after its layout
            WaitForAsyncUtils.waitForFxEvents();
            for (String text : WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> CutTextFinder.in(window.scene())))) {
                cut.add(tab + ": " + text);
            }
            // the picture a person looks at for what a finder cannot judge (overlaps, colours)
            ScenePicture.write(robot, window.scene(),
                    Path.of("target", "no-cut-text", width + "x" + height + "-" + (dark ? "dark" : "light") + "-" + tab + ".png"));
        }
        assertThat(cut).as("text cut at %dx%d", width, height).isEmpty();
    }
}
