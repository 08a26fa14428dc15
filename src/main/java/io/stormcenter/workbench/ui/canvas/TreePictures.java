package io.stormcenter.workbench.ui.canvas;

import java.io.IOException;
import java.nio.file.Path;

/** Exports that need the rendered cards; the canvas view provides them. */
public interface TreePictures {

    /** Writes the whole tree (not just the visible part) as a PNG at print resolution. */
    void writePng(Path target) throws IOException;
}
