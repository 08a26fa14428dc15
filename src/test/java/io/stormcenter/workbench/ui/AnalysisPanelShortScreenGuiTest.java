package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a 1280x800 screen the figures and the what-if list above the scenario table left it about 100 px,
 * not one scenario whole: the table keeps room for more, and the panel scrolls as a whole to reach it.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisPanelShortScreenGuiTest {

    @TempDir
    static Path home;

    private Stage stage;
    private WorkbenchWindow window;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            stage.hide();
            window.shutdown();
        });
    }

    @Test
    void at_1280x800_the_scenario_table_keeps_room_and_the_panel_scrolls_to_it(FxRobot robot) throws Exception {
        // given the KubeCon sample analysed in a 1280x800 window with the Analysis panel shown
        robot.interact(() -> {
            stage = new Stage();
            window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"),
                    w -> new ScriptedDialogs(), false, 1280, 800);
            stage.show();
            window.files().load(Path.of("sample-models/ksc-kubecon-2024.json"));
            window.selectTab(WindowTab.ANALYSIS);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.document().tree().size() > 1
                && window.analysis().scenarios().size() > 1 && !window.analysis().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#scenario-table").query();
        ScrollPane panel = robot.lookup("#analysis-scroll").queryAs(ScrollPane.class);

        // when the user scrolls the panel to its end
        robot.interact(() -> panel.setVvalue(panel.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();

        // then the table has room for more than a scenario's first lines, and lies whole within the panel
        assertThat(table.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(250);
        Bounds shown = panel.localToScreen(panel.getLayoutBounds());
        Bounds tableOnScreen = table.localToScreen(table.getLayoutBounds());
        assertThat(tableOnScreen.getMaxY()).as("table bottom %s within panel %s", tableOnScreen, shown)
                .isLessThanOrEqualTo(shown.getMaxY() + 1);
        assertThat(tableOnScreen.getMinY()).isGreaterThanOrEqualTo(shown.getMinY() - 1);
    }
}
