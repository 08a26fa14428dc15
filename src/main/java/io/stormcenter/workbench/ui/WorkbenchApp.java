package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.ui.canvas.WholeTreePicture;
import io.stormcenter.workbench.ui.dialog.FxDialogService;
import io.stormcenter.workbench.ui.files.SampleFolder;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.files.WorkbenchSettings;
import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The JavaFX application: builds the window from the command line and, for {@code --snapshot}, renders it and exits. */
public final class WorkbenchApp extends Application {

    private LaunchOptions options;
    private WorkbenchWindow window;

    @Override
    public void start(Stage stage) {
        options = LaunchOptions.parse(getParameters().getRaw());
        int width = options.width();
        int height = options.height();
        if (options.snapshot() == null) { // a window larger than the screen opens with its menu off-screen
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            width = (int) Math.min(width, screen.getWidth());
            height = (int) Math.min(height, screen.getHeight());
        }
        WorkbenchHome home = WorkbenchHome.fromSystem();
        // the samples are found from any folder the jar starts in, not only from a checkout
        Path samples = SampleFolder.locate(Path.of(""), home).orElse(null);
        window = new WorkbenchWindow(stage, home, samples,
                FxDialogService::new, options.dark(), width, height);
        window.openDocumentsWith(getHostServices()::showDocument);
        DeployPanel.install(window);
        LivePanel.install(window);
        if (options.snapshot() == null) { // a picture shows the defaults, not this machine's last session
            keepSession(window, stage, WorkbenchSettings.load(home.settings()));
            if (options.dark()) {
                window.setTheme(true);
            }
        }
        stage.show();
        if (options.model() != null) {
            window.files().load(options.model());
        } else if (options.snapshot() != null || !window.files().offerRecovery()) {
            window.files().showStartPage();
        }
        if (options.replayDemo()) {
            window.replayDemoCapture(samples);
        }
        if (options.tab() != null) {
            window.selectTab(options.tab());
        }
        if (options.snapshot() != null) {
            snapshotWhenSettled(0);
        }
    }

    /**
     * The window opens as the user left it: panels shown and their widths, the theme, and the
     * window's place and size; each is written back to the settings when the window closes.
     */
    static void keepSession(WorkbenchWindow window, Stage stage, WorkbenchSettings settings) {
        settings.keep("panel.left.shown", window.leftPanelShownProperty());
        settings.keep("panel.right.shown", window.rightPanelShownProperty());
        settings.keep("theme.dark", window.darkThemeProperty());
        settings.keepWidth("panel.left.width", window.leftPanelWidthProperty());
        settings.keepWidth("panel.right.width", window.rightPanelWidthProperty());
        settings.keepWindow(stage);
    }

    /** Waits until the file is read and the analysis and the honeycluster preview are done (at most ~30 s), then writes the PNG and quits. */
    private void snapshotWhenSettled(int attempt) {
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> {
            boolean settled = !window.files().busyProperty().get() && !window.analysis().runningProperty().get()
                    && !window.honeycluster().busyProperty().get()
                    && (!options.replayDemo() || !window.heat().sessions().isEmpty());
            if (!settled && attempt < 120) {
                snapshotWhenSettled(attempt + 1);
                return;
            }
            try {
                if (!options.replayDemo()) { // after a replay the heat is the story, as in the window
                    lightAPath();
                }
            } catch (RuntimeException failure) {
                // the picture is still worth taking, as the tree opened: a snapshot never hangs
                System.err.println("could not light a path for the snapshot: " + failure);
            }
            if (options.tab() != null) { // the path may have hidden the outline: the panel asked for is shown
                window.selectTab(options.tab());
            }
            // let a few pulses apply the new styles and lay the cards out, as on a screen
            PauseTransition settle = new PauseTransition(Duration.millis(400));
            settle.setOnFinished(done -> writeSnapshot());
            settle.play();
        });
        pause.play();
    }

    /** Selects the root and lights the first multi-step scenario among the top three, shown whole as on opening. */
    private void lightAPath() {
        if (window.document().tree().size() <= 1 || options.model() == null) {
            return;
        }
        String root = window.document().tree().rootId();
        window.editor().select(root);
        // show off a multi-step path when the top scenarios have one
        int pick = 0;
        for (int i = 0; i < Math.min(3, window.analysis().scenarios().size()); i++) {
            if (window.analysis().scenarios().get(i).scenario().leaves().size() > 1) {
                pick = i;
                break;
            }
        }
        // the picture shows the tree as it opens, then the lit path whole with its goal
        window.canvas().showOpened();
        window.showScenarioWhole(pick);
    }

    private void writeSnapshot() {
        try {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            WritableImage image = window.scene().snapshot(null);
            WholeTreePicture.writePng(image, options.snapshot().toAbsolutePath());
            System.err.println("snapshot written to " + options.snapshot().toAbsolutePath());
        } catch (IOException | RuntimeException ex) {
            System.err.println("could not write the snapshot: " + ex.getMessage());
        } finally {
            Platform.exit();
        }
    }
}
