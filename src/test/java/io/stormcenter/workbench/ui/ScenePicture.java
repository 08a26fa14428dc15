package io.stormcenter.workbench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** A GUI test's picture of its window, kept under target/ for a person to look at. */
public final class ScenePicture {

    private ScenePicture() {
    }

    /** Writes the scene as it is drawn now to {@code file} (a PNG), from the FX thread. */
    public static void write(FxRobot robot, Scene scene, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
