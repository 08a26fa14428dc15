package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.ui.canvas.WholeTreePicture;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A picture of the window with its File menu open, taken from the screen (so popup windows are in it
 * as the platform draws them, which a scene snapshot does not show). Run it on a real display, or on
 * an X server without a compositor, where popups cannot be transparent:
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes:target/classes:CP
 * io.stormcenter.workbench.ui.OpenMenuPicture dark menu.png}
 */
public final class OpenMenuPicture {

    private OpenMenuPicture() {
    }

    public static void main(String[] args) throws IOException {
        boolean dark = args.length == 0 || !"light".equals(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "menu.png").toAbsolutePath();
        Path home = Files.createTempDirectory("ksc-menu-picture");
        Platform.startup(() -> {
            Stage stage = new Stage();
            WorkbenchWindow window = new WorkbenchWindow(stage, new WorkbenchHome(home), Path.of("sample-models"),
                    w -> new ScriptedDialogs(), dark, 1000, 700);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            MenuBar bar = (MenuBar) window.scene().lookup(".menu-bar");
            after(2, () -> {
                bar.getMenus().get(0).show();
                after(1, () -> {
                    try {
                        WholeTreePicture.writePng(new Robot().getScreenCapture(null, 0, 0, 600, 600), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        System.out.println(out + " (transparent windows: "
                                + Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW) + ")");
                        window.shutdown();
                        Platform.exit();
                    }
                });
            });
        });
    }

    private static void after(double seconds, Runnable then) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> then.run());
        pause.play();
    }
}
