package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.picture.Palette;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas and the exports (SVG, the report's painter) draw a card and an edge in the same colours. */
@ExtendWith(ApplicationExtension.class)
class PictureColoursGuiTest {

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

    /** The colour as the eye sees it: a translucent paint laid over the canvas's background. */
    private String hex(Paint paint) {
        Color c = (Color) paint;
        Color under = window.scene().lookup("#canvas-viewport") instanceof Region viewport
                ? (Color) viewport.getBackground().getFills().get(0).getFill() : Color.WHITE;
        c = under.interpolate(new Color(c.getRed(), c.getGreen(), c.getBlue(), 1), c.getOpacity());
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    @ParameterizedTest(name = "dark={0}")
    @ValueSource(booleans = {false, true})
    void an_attack_card_a_defence_card_and_an_edge_have_the_palettes_colours(boolean dark, FxRobot robot) {
        // given a goal with a leaf and a defence on the canvas, in the light or dark theme
        AttackTree tree = AttackTree.single("t", "t", Node.attack("goal", "Goal"))
                .addChild("goal", Node.attack("leaf", "Leaf").withEstimates(Estimates.of(0.5, 10, 1, 1)))
                .addChild("goal", Node.defence("guard", "Guard").withEstimates(Estimates.of(0.5, 10, 1, 1)));
        robot.interact(() -> {
            stage = new Stage();
            window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"),
                    w -> new ScriptedDialogs(), dark, 1280, 800);
            stage.show();
            window.document().load(tree, null);
            window.canvas().fitToWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Palette palette = dark ? Palette.DARK : Palette.LIGHT;
        // then the canvas paints them in the colours the exports use
        // (the canvas reuses its cards: each is found and its colours read in one go on the FX thread)
        Painted painted = OnScreen.read(() -> {
            Region attack = robot.lookup("#card-leaf").queryAs(Region.class);
            Region defence = robot.lookup("#card-guard").queryAs(Region.class);
            Shape edge = robot.lookup(".edge").match((Shape s) -> s.getStroke() instanceof Color).queryAs(Shape.class);
            Region viewport = robot.lookup("#canvas-viewport").queryAs(Region.class);
            return new Painted(hex(attack.getBackground().getFills().get(0).getFill()),
                    hex(attack.getBorder().getStrokes().get(0).getTopStroke()),
                    hex(defence.getBackground().getFills().get(0).getFill()), hex(edge.getStroke()),
                    hex(viewport.getBackground().getFills().get(0).getFill()));
        });
        assertThat(painted.attackFill()).isEqualTo(palette.bgDefault());
        assertThat(painted.attackBorder()).isEqualTo(palette.borderDefault());
        assertThat(painted.defenceFill()).isEqualTo(palette.successSubtle());
        assertThat(painted.edgeStroke()).isEqualTo(palette.edgeStroke("edge"));
        assertThat(painted.viewportFill()).isEqualTo(palette.bgSubtle());
    }

    /** The colours the canvas paints, as hex. */
    private record Painted(String attackFill, String attackBorder, String defenceFill, String edgeStroke,
            String viewportFill) {
    }
}
