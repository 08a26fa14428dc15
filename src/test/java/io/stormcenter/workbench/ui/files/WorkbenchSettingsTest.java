package io.stormcenter.workbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchSettingsTest {

    @TempDir
    Path home;

    @Test
    void a_change_is_remembered_for_the_next_start_and_a_property_without_a_memory_keeps_its_default()
            throws Exception {
        Path file = home.resolve("settings.properties");
        SimpleBooleanProperty left = new SimpleBooleanProperty(true);
        SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
        WorkbenchSettings first = WorkbenchSettings.load(file);
        first.keep("panel.left.shown", left);
        first.keep("theme.dark", dark);
        assertThat(left.get()).isTrue();
        assertThat(Files.exists(file)).as("nothing written before a change").isFalse();

        left.set(false);

        assertThat(Files.readString(file)).contains("panel.left.shown=false").doesNotContain("theme.dark");
        assertThat(Files.exists(file.resolveSibling("settings.properties.tmp"))).isFalse();
        SimpleBooleanProperty nextLeft = new SimpleBooleanProperty(true);
        SimpleBooleanProperty nextDark = new SimpleBooleanProperty(true);
        WorkbenchSettings second = WorkbenchSettings.load(file);
        second.keep("panel.left.shown", nextLeft);
        second.keep("theme.dark", nextDark);
        assertThat(nextLeft.get()).isFalse();
        assertThat(nextDark.get()).as("no memory: the caller's default").isTrue();
    }

    @Test
    void a_damaged_file_or_a_strange_value_gives_the_defaults() throws Exception {
        Path file = home.resolve("settings.properties");
        Files.writeString(file, "panel.left.shown=maybe\ntheme.dark=\\u12");
        SimpleBooleanProperty left = new SimpleBooleanProperty(true);
        SimpleBooleanProperty dark = new SimpleBooleanProperty(false);

        WorkbenchSettings settings = WorkbenchSettings.load(file);
        settings.keep("panel.left.shown", left);
        settings.keep("theme.dark", dark);

        assertThat(left.get()).isTrue();
        assertThat(dark.get()).isFalse();
    }

    @Test
    void a_place_that_cannot_be_written_leaves_the_window_working() throws Exception {
        Path blocker = home.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the settings folder should be");
        SimpleBooleanProperty left = new SimpleBooleanProperty(true);
        WorkbenchSettings.load(blocker.resolve("settings.properties")).keep("panel.left.shown", left);

        left.set(false);

        assertThat(left.get()).isFalse();
        assertThat(Files.readString(blocker)).startsWith("a file");
    }
}
