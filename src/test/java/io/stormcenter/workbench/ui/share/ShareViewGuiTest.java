package io.stormcenter.workbench.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.stormcenter.workbench.stix.ShareFixtures;
import io.stormcenter.workbench.ui.ScriptedDialogs;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Share observations dialog on a (headless) screen. */
@ExtendWith(ApplicationExtension.class)
class ShareViewGuiTest {

    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    private boolean closed;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ShareViewModel model = new ShareViewModel(ShareFixtures::kubecon, (t, scope) -> ShareFixtures.sessions(t),
                Clock.fixed(ShareFixtures.T0.plusSeconds(86_400), ZoneOffset.UTC), Runnable::run, Runnable::run);
        Scene scene = new Scene(new ShareView(model, dialogs, () -> closed = true), 900, 700);
        scene.getStylesheets().add(ShareView.class.getResource(WorkbenchCss.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        model.refresh();
        stage.show();
    }

    @Test
    void the_dialog_shows_the_bundle_and_saves_what_it_shows(FxRobot robot) throws Exception {
        String shown = robot.lookup("#share-preview").queryAs(TextArea.class).getText();
        assertThat(shown).contains("\"type\" : \"sighting\"").doesNotContain(ShareFixtures.POD);
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        new File("target", "share-dialog.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path file = folder.resolve("out.stix.json");
        dialogs.files.add(file);

        robot.interact(() -> robot.lookup("#share-save").queryAs(Button.class).fire());

        assertThat(Files.readString(file)).isEqualTo(shown);
        assertThat(closed).isTrue();
    }
}
