package io.stormcenter.workbench.ui.report;

import java.nio.file.Path;

/** Opens a written file in the desktop's viewer; says false when this machine has none to start. */
@FunctionalInterface
public interface DocumentOpener {

    DocumentOpener NONE = file -> false;

    boolean open(Path file);
}
