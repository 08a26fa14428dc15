package io.stormcenter.workbench.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file could not be written, said the way a user can act on it: "the disk is full", "the
 * folder /x does not exist". The file system's own message names the hidden temporary file the
 * bytes were going to, which the user never asked for and cannot find.
 */
public final class FileWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    private FileWriteException(String message, IOException cause) {
        super(message, cause);
    }

    /** The failure of writing {@code target} (its folder named where that is the problem). */
    static FileWriteException of(Path target, IOException failure) {
        if (failure instanceof FileWriteException already) {
            return already;
        }
        return new FileWriteException(reason(target, failure), failure);
    }

    static String reason(Path target, IOException failure) {
        Path folder = target.toAbsolutePath().getParent();
        if (failure instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist";
        }
        if (failure instanceof AccessDeniedException) {
            return "not allowed to write in " + folder;
        }
        String said = failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason() : String.valueOf(failure.getMessage());
        String lower = said.toLowerCase(Locale.ROOT);
        if (failure instanceof NotDirectoryException || lower.contains("not a directory")) {
            return folder + " is a file, not a folder";
        }
        if (lower.contains("no space left")) {
            return "the disk is full (no space left on the device of " + folder + ")";
        }
        if (lower.contains("quota")) {
            return "the disk quota is used up (" + folder + ")";
        }
        if (lower.contains("read-only file system")) {
            return "the file system of " + folder + " is read-only";
        }
        return said;
    }
}
