package io.stormcenter.workbench.ui.files;

import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;

/**
 * How the user left the window (side panels, theme), kept in a small properties file so the
 * next start looks the same. Settings are a convenience: a missing or damaged file gives the
 * defaults, and a failure to save leaves the work alone and is reported once on stderr.
 */
public final class WorkbenchSettings {

    private final Path file;
    private final Properties values = new Properties();
    private boolean saveFailureReported;

    private WorkbenchSettings(Path file) {
        this.file = file;
    }

    public static WorkbenchSettings load(Path file) {
        WorkbenchSettings settings = new WorkbenchSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException damaged) {
                settings.values.clear();
            }
        }
        return settings;
    }

    /**
     * Gives the property its remembered value (or keeps its own when none is remembered) and
     * remembers every later change.
     */
    public void keep(String key, BooleanProperty property) {
        String remembered = values.getProperty(key);
        if ("true".equals(remembered) || "false".equals(remembered)) {
            property.set(Boolean.parseBoolean(remembered));
        }
        property.addListener((obs, old, now) -> {
            values.setProperty(key, Boolean.toString(now));
            save();
        });
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            values.store(text, "KSC Workbench settings");
            AtomicFileWrite.replaceWithoutBackup(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (!saveFailureReported) {
                saveFailureReported = true;
                System.err.println("warning: could not save the window settings to " + file + ": " + e.getMessage());
            }
        }
    }
}
