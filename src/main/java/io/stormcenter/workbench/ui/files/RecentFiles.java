package io.stormcenter.workbench.ui.files;

import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened or saved files, newest first, kept in a small text file. */
public final class RecentFiles {

    public static final int LIMIT = 10;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Path store) {
        this.store = store;
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < LIMIT) {
                        files.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged list is not worth an error: it starts empty
            files.clear();
        }
    }

    public void add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        files.remove(normal);
        files.add(0, normal);
        if (files.size() > LIMIT) {
            files.remove(LIMIT, files.size());
        }
        persist();
    }

    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        persist();
    }

    private void persist() {
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            StringBuilder lines = new StringBuilder();
            files.forEach(file -> lines.append(file).append('\n'));
            AtomicFileWrite.replaceWithoutBackup(store, lines.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the list is a convenience; failing to remember it must not disturb the user's work
        }
    }

    public ObservableList<Path> files() {
        return readOnlyFiles; // one view for all callers: listeners on a fresh view die with it
    }
}
