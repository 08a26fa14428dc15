package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.ListCell;
import javafx.scene.effect.Effect;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dark theme where the platform's popups meet it: completion list and menus. */
@ExtendWith(ApplicationExtension.class)
class DarkThemeGuiTest {

    @TempDir
    static Path home;

    private final List<LogRecord> cssLog = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            cssLog.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        Logger.getLogger("javafx.css").addHandler(collect);
        window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"), w -> new ScriptedDialogs(),
                true, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        Logger.getLogger("javafx.css").removeHandler(collect);
        window.shutdown();
    }

    /** The filled rows of the completion popup (a window of its own); found on the FX thread. */
    private static List<ListCell<?>> completions(FxRobot robot) {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() != null && c.getScene() != null
                && c.getScene().getWindow() instanceof javafx.stage.PopupWindow).queryAll().stream()
                .<ListCell<?>>map(c -> (ListCell<?>) c).toList();
    }

    /** The menu bar's open menu as drawn: its background, its window and what fills the window's scene. */
    private record OpenMenu(List<BackgroundFill> fills, Paint sceneFill, Effect effect, double width, double height,
            double windowWidth, double windowHeight) {
    }

    /** The open menu, found and read on the FX thread once its window shows it. */
    private static OpenMenu openMenu(FxRobot robot) {
        return OnScreen.await("the open menu", () -> robot.lookup(".context-menu")
                .match((Region r) -> r.getScene() != null && r.getScene().getWindow().isShowing() && r.getBackground() != null)
                .tryQueryAs(Region.class).map(menu -> new OpenMenu(menu.getBackground().getFills(),
                        menu.getScene().getFill(), menu.getEffect(), menu.getWidth(), menu.getHeight(),
                        menu.getScene().getWindow().getWidth(), menu.getScene().getWindow().getHeight())));
    }

    /** The darkest and lightest pixel of a picture, as luminance 0..1. */
    private static double[] luminanceRange(javafx.scene.image.Image image) {
        var pixels = image.getPixelReader();
        double min = 1;
        double max = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                double l = luminance(pixels.getColor(x, y));
                min = Math.min(min, l);
                max = Math.max(max, l);
            }
        }
        return new double[] {min, max};
    }

    private static double luminance(Paint paint) {
        Color c = (Color) paint;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void the_selected_technique_suggestion_is_readable_and_styles_without_errors(FxRobot robot) throws Exception {
        // given the root selected and the technique field typed into
        robot.interact(() -> window.editor().select("goal"));
        robot.interact(() -> window.selectRightTab("tab-inspector"));
        // (the field is below the fold of a 800 px window: give it the keyboard directly)
        robot.interact(() -> robot.lookup("#field-technique").query().requestFocus());
        robot.write("T15");
        OnScreen.await("the completion popup's suggestions", () -> Optional.of(completions(robot)).filter(c -> !c.isEmpty()));
        // when the first suggestion is selected
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        // then its text stands out from its background (as drawn), and the theme raised no CSS error
        // (the list reuses its cells: the selected row is found and drawn in one go on the FX thread)
        double[] range = OnScreen.await("the selected suggestion", () -> completions(robot).stream()
                .filter(ListCell::isSelected).findFirst().map(selected -> luminanceRange(selected.snapshot(null, null))));
        assertThat(range[1] - range[0]).as("contrast of the selected row as drawn").isGreaterThan(0.35);
        assertThat(cssLog).extracting(LogRecord::getMessage).noneMatch(m -> m != null
                && (m.contains("auto-complete") || m.contains("ClassCastException") || m.contains("Could not resolve")));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void a_menu_in_the_dark_theme_has_no_light_frame(FxRobot robot) {
        // when a menu of the menu bar is opened in the dark theme
        robot.clickOn("File");
        WaitForAsyncUtils.waitForFxEvents();
        OpenMenu menu = openMenu(robot);
        // then every layer of its background is dark
        for (var fill : menu.fills()) {
            assertThat(luminance(fill.getFill())).as("menu background layer").isLessThan(0.4);
        }
        assertThat(menu.sceneFill() == null || luminance(menu.sceneFill()) < 0.4
                || ((Color) menu.sceneFill()).getOpacity() == 0).as("the popup window behind it").isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void where_windows_cannot_be_transparent_a_dark_menu_fills_its_popup_window_exactly(FxRobot robot) {
        // given a platform that paints a transparent window white (an X server without a compositor)
        robot.interact(() -> window.scene().getStylesheets().setAll(WorkbenchCss.stylesheets(false)));
        // when a menu of the menu bar is opened in the dark theme
        robot.clickOn("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        OpenMenu menu = openMenu(robot);
        // then its window holds the menu and nothing around it (no shadow margin to be painted white),
        // with square corners, so no pixel of the window is left transparent
        assertThat(menu.windowWidth()).as("popup window width").isCloseTo(menu.width(), within(0.5));
        assertThat(menu.windowHeight()).as("popup window height").isCloseTo(menu.height(), within(0.5));
        assertThat(menu.effect()).as("shadow").isNull();
        assertThat(menu.fills()).allMatch(fill -> fill.getRadii().isUniform()
                && fill.getRadii().getTopLeftHorizontalRadius() == 0, "square corners");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void the_opaque_popup_look_is_added_only_where_the_platform_cannot_draw_transparent_windows() {
        assertThat(WorkbenchCss.stylesheets(true)).singleElement().asString().endsWith(WorkbenchCss.STYLESHEET);
        assertThat(WorkbenchCss.stylesheets(false)).hasSize(2).last().asString().endsWith(WorkbenchCss.OPAQUE_POPUPS);
    }
}
