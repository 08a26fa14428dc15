package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.files.WorkbenchSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench window opens where, as large and as set up as it was closed: what the application wires at start. */
@ExtendWith(ApplicationExtension.class)
class WindowSessionGuiTest {

    @TempDir
    Path home;

    /** A workbench window on a new stage, with the session the application keeps. */
    private WorkbenchWindow opened(Stage stage, Path settings) {
        WorkbenchWindow window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"),
                w -> new ScriptedDialogs(), false, 1280, 800);
        WorkbenchApp.keepSession(window, stage, WorkbenchSettings.load(settings));
        stage.show();
        return window;
    }

    @Test
    void a_window_moved_resized_and_closed_opens_there_next_time_with_its_panels_and_theme(FxRobot robot)
            throws Exception {
        Path settings = home.resolve("settings.properties");
        // given a window the user moved, resized, darkened and whose right panel they hid, then closed
        robot.interact(() -> {
            Stage stage = new Stage();
            WorkbenchWindow first = opened(stage, settings);
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
            first.rightPanelShownProperty().set(false);
            first.darkThemeProperty().set(true);
            stage.hide();
            first.shutdown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(settings)).contains("window.x=40", "window.y=30", "window.width=900",
                "window.height=640");
        // when the next window opens
        Stage[] stage = new Stage[1];
        WorkbenchWindow[] next = new WorkbenchWindow[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            next[0] = opened(stage[0], settings);
        });
        // then it is where and as large as the first was left, with the same panels and theme
        assertThat(stage[0].getX()).isEqualTo(40);
        assertThat(stage[0].getY()).isEqualTo(30);
        assertThat(stage[0].getWidth()).isEqualTo(900);
        assertThat(stage[0].getHeight()).isEqualTo(640);
        assertThat(next[0].rightPanelShownProperty().get()).isFalse();
        assertThat(next[0].darkThemeProperty().get()).isTrue();
        robot.interact(() -> {
            stage[0].hide();
            next[0].shutdown();
        });
    }
}
