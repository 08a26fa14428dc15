package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each row of the Analysis panel's scenario table is as tall as its figures and steps, no taller:
 * a row measured while the panel was still narrow kept that height (the top scenario's row filled
 * the table at 1600x1000). A window larger than the headless screen (1280x800 unless
 * {@code -Dheadless.geometry} says more) is not shown, which Monocle cannot paint: its scene has the
 * size and is laid out by snapshots, as {@code --snapshot} renders it.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioRowHeightGuiTest {

    /** A row may add its own border and rounding to its cell's height. */
    private static final double SLACK = 3;

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

    @ParameterizedTest(name = "{0}x{1} dark={2}")
    @CsvSource({"1600, 1000, false", "1600, 1000, true", "1280, 800, false"})
    void each_scenario_row_is_as_tall_as_its_text(int width, int height, boolean dark, FxRobot robot) throws Exception {
        // given the KubeCon sample open and analysed in a window of that size, the Analysis panel shown
        robot.interact(() -> {
            stage = new Stage();
            window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"),
                    w -> new ScriptedDialogs(), dark, width, height);
            if (fitsTheScreen(width, height)) {
                stage.show();
            }
            window.files().load(Path.of("sample-models/ksc-kubecon-2024.json"));
            window.selectTab(WindowTab.ANALYSIS);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.document().tree().size() > 1
                && window.analysis().scenarios().size() > 1 && !window.analysis().runningProperty().get());
        for (int pulse = 0; pulse < 3; pulse++) { // the table lays its rows out after the panel's width settled
            robot.interact(() -> window.scene().snapshot(null));
            WaitForAsyncUtils.waitForFxEvents();
        }

        // when the rows on show are measured against what they hold
        List<String> rows = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(this::rowsAgainstTheirText));

        // then each is within a few pixels of its text's height
        assertThat(rows).as("rows of the scenario table at %dx%d", width, height).isNotEmpty()
                .allSatisfy(row -> assertThat(row).endsWith("fits"));
    }

    private static boolean fitsTheScreen(int width, int height) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        return screen.getWidth() >= width && screen.getHeight() >= height;
    }

    /** "row 1: 152 px for 150 px of text, fits" per row shown, or "... too tall" / "... too short". */
    private List<String> rowsAgainstTheirText() {
        Node table = window.scene().lookup("#scenario-table");
        assertThat(table).isNotNull();
        List<String> rows = new ArrayList<>();
        for (Node found : table.lookupAll(".table-row-cell")) {
            if (!(found instanceof TableRow<?> row) || row.isEmpty() || !row.isVisible() || row.getItem() == null) {
                continue;
            }
            double text = 0;
            for (Node cell : row.lookupAll(".table-cell")) {
                if (cell instanceof TableCell<?, ?> tableCell && tableCell.getGraphic() instanceof Region content) {
                    text = Math.max(text, heightOf(tableCell, content));
                }
            }
            double gap = row.getHeight() - text;
            rows.add("row " + (row.getIndex() + 1) + ": " + Math.round(row.getHeight()) + " px for " + Math.round(text)
                    + " px of text, " + (gap > SLACK ? "too tall" : gap < -SLACK ? "too short" : "fits"));
        }
        return rows;
    }

    /** What a cell needs for its content at the width it has: its padding and the content's height. */
    private static double heightOf(IndexedCell<?> cell, Region content) {
        return cell.snappedTopInset() + content.prefHeight(content.getWidth()) + cell.snappedBottomInset();
    }
}
