package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.format.TreeFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a model for a command: every way it can fail becomes a one-line {@link CommandFailure}. */
final class ModelFiles {

    private ModelFiles() {
    }

    static ReadResult read(Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + ": is a folder, not a model file");
        }
        try {
            return TreeFiles.read(file);
        } catch (ModelFormatException malformed) {
            throw new CommandFailure(malformed.getMessage());
        } catch (NoSuchFileException missing) {
            throw new CommandFailure(file + ": no such file");
        } catch (AccessDeniedException denied) {
            throw new CommandFailure(file + ": not allowed to read it");
        } catch (IOException unreadable) {
            throw new CommandFailure(file + ": cannot be read (" + unreadable.getMessage() + ")");
        }
    }
}
