package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reading in tests where a broken file is a failed test, not a checked exception. */
final class TreeFilesTestSupport {

    private TreeFilesTestSupport() {
    }

    static AttackTree read(Path file) {
        try {
            return TreeFiles.read(file).tree();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ModelFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
