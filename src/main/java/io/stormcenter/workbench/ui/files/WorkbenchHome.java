package io.stormcenter.workbench.ui.files;

import java.nio.file.Path;

/**
 * Where the workbench keeps its own files (recent files, window settings, the recovery copy): {@code ~/.ksc-workbench}
 * unless the system property {@code ksc.home} says otherwise (tests point it at a temp folder).
 */
public record WorkbenchHome(Path dir) {

    public static WorkbenchHome fromSystem() {
        String configured = System.getProperty("ksc.home");
        return new WorkbenchHome(configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".ksc-workbench"));
    }

    public Path recentFiles() {
        return dir.resolve("recent-files.txt");
    }

    public Path settings() {
        return dir.resolve("settings.properties");
    }

    public Path recoveryDir() {
        return dir.resolve("recovery");
    }
}
