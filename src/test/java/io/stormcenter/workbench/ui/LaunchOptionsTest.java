package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {

    private static final List<String> COMMANDS = List.of("analyze", "validate", "deploy");

    @TempDir
    Path folder;

    @Test
    void no_arguments_open_the_start_page_at_the_default_size() {
        LaunchOptions options = LaunchOptions.parse(List.of(), COMMANDS);

        assertThat(options).isEqualTo(new LaunchOptions(null, null, false, 1440, 900));
    }

    @Test
    void a_model_with_every_option_is_read_in_any_order() throws IOException {
        Path model = Files.writeString(folder.resolve("tree.json"), "{}");

        LaunchOptions options = LaunchOptions.parse(List.of("--dark", "--size", "1280x800", model.toString(),
                "--snapshot", "shot.png"), COMMANDS);

        assertThat(options).isEqualTo(new LaunchOptions(model, Path.of("shot.png"), true, 1280, 800));
    }

    @Test
    void a_tab_is_named_as_the_usage_says_and_an_unknown_one_is_bad_usage() {
        assertThat(LaunchOptions.parse(List.of("--tab", "honey"), COMMANDS).tab()).isEqualTo(WindowTab.HONEY);
        assertThat(LaunchOptions.parse(List.of("--tab", "Deploy"), COMMANDS).tab()).isEqualTo(WindowTab.DEPLOY);
        assertThat(LaunchOptions.parse(List.of(), COMMANDS).tab()).isNull();
        assertThat(LaunchOptions.parse(List.of("--tab", "heat"), COMMANDS).tab()).isEqualTo(WindowTab.HEAT);
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--tab", "weather"), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class).hasMessageContaining("weather")
                .hasMessageContaining("outline, problems, node, analysis, honey, deploy, live, heat");
    }

    @Test
    void a_word_that_is_not_a_command_followed_by_a_model_is_bad_usage_naming_the_commands() throws IOException {
        Path model = Files.writeString(folder.resolve("tree.json"), "{}");

        assertThatThrownBy(() -> LaunchOptions.parse(List.of("replay", model.toString()), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class)
                .hasMessageContaining("one model at a time")
                .hasMessageContaining("'replay' is neither a command nor a model file; the commands are analyze, "
                        + "validate, deploy");
    }

    @Test
    void a_lone_word_that_is_neither_a_command_nor_a_file_is_bad_usage() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("replay"), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class)
                .hasMessageContaining("'replay' is neither a command nor a model file");
    }

    @Test
    void a_missing_model_file_is_bad_usage() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of(folder.resolve("gone.json").toString()), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class)
                .hasMessageContaining("no model file").hasMessageContaining("gone.json");
    }

    @Test
    void unknown_options_and_bad_sizes_are_bad_usage() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--darkk"), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class).hasMessageContaining("unknown option '--darkk'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--size", "big"), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class).hasMessageContaining("WIDTHxHEIGHT");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--size", "100x100"), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class).hasMessageContaining("between 640x400");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--snapshot"), COMMANDS))
                .isInstanceOf(LaunchOptions.UsageError.class).hasMessageContaining("--snapshot");
    }
}
