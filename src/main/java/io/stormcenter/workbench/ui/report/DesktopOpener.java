package io.stormcenter.workbench.ui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a file with the desktop's own viewer (AWT's Desktop, which asks the desktop environment), or
 * else through JavaFX's host services (which hand a URI to a browser); false when neither can here
 * (a headless machine, a desktop without a PDF viewer). Blocks: call it off the FX thread.
 */
public record DesktopOpener(Consumer<String> hostServices) implements DocumentOpener {

    @Override
    public boolean open(Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return true;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException noViewer) {
            // fall through to the host services
        }
        if (hostServices == null || java.awt.GraphicsEnvironment.isHeadless()) {
            return false;
        }
        hostServices.accept(file.toUri().toString());
        return true;
    }
}
