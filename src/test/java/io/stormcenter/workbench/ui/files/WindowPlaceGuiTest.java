package io.stormcenter.workbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens where and as large as it was closed (on a headless screen). */
@ExtendWith(ApplicationExtension.class)
class WindowPlaceGuiTest {

    @TempDir
    Path home;

    private Stage windowKeptIn(Path file) {
        Stage stage = new Stage();
        stage.setScene(new Scene(new Pane(), 400, 300));
        WorkbenchSettings.load(file).keepWindow(stage);
        return stage;
    }

    @Test
    void a_window_closed_at_a_place_and_size_opens_there_next_time(FxRobot robot) throws Exception {
        Path file = home.resolve("settings.properties");
        // given a window moved and resized by the user, then closed
        robot.interact(() -> {
            Stage first = windowKeptIn(file);
            first.show();
            first.setX(40);
            first.setY(30);
            first.setWidth(700);
            first.setHeight(500);
            first.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file)).contains("window.x=40", "window.y=30", "window.width=700", "window.height=500");
        // when the next window is opened with those settings
        Stage[] next = new Stage[1];
        robot.interact(() -> {
            next[0] = windowKeptIn(file);
            next[0].show();
        });
        // then it has the same place and size
        assertThat(next[0].getX()).isEqualTo(40);
        assertThat(next[0].getY()).isEqualTo(30);
        assertThat(next[0].getWidth()).isEqualTo(700);
        assertThat(next[0].getHeight()).isEqualTo(500);
        robot.interact(next[0]::hide);
    }

    @Test
    void a_place_off_every_screen_is_ignored(FxRobot robot) throws Exception {
        Path file = home.resolve("settings.properties");
        Files.writeString(file, "window.x=90000\nwindow.y=90000\nwindow.width=700\nwindow.height=500\n");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = windowKeptIn(file);
            stage[0].show();
        });
        assertThat(stage[0].getX()).isLessThan(5000);
        assertThat(stage[0].getWidth()).isEqualTo(400);
        robot.interact(stage[0]::hide);
    }
}
