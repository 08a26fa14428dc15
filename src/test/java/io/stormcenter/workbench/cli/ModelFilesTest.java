package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.format.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    @TempDir
    Path folder;

    @Test
    void a_model_read_ahead_is_the_model_read_on_demand() throws Exception {
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        ReadResult ahead = ModelFiles.readingAhead(new String[] {"analyze", "--top", "3", model.toString()})
                .read(folder.resolve(".").resolve("defended.json"));
        ReadResult onDemand = ModelFiles.onDemand().read(model);

        assertThat(ahead.tree()).isEqualTo(onDemand.tree());
        assertThat(ahead.warnings()).isEqualTo(onDemand.warnings());
    }

    @Test
    void a_malformed_model_read_ahead_fails_with_line_and_column_when_the_command_asks_for_it() throws Exception {
        Path model = folder.resolve("broken.json");
        Files.writeString(model, "{\"format\": \"ksc-attack-tree\",\n  \"version\": 1,\n  \"nodes\": [ }\n");
        ModelFiles models = ModelFiles.readingAhead(new String[] {"validate", model.toString()});

        assertThatThrownBy(() -> models.read(model))
                .isInstanceOf(CommandFailure.class)
                .hasMessageStartingWith(model + ":3:")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void another_file_than_the_one_read_ahead_is_read_when_asked() throws Exception {
        Path first = CliModels.write(CliModels.defended(), folder.resolve("first.json"));
        Path second = CliModels.write(CliModels.defended().withTitle("The second one"), folder.resolve("second.json"));
        ModelFiles models = ModelFiles.readingAhead(new String[] {"convert", first.toString(), second.toString()});

        assertThat(models.read(second).tree().title()).isEqualTo("The second one");
        assertThat(models.read(first).tree().title()).isEqualTo(CliModels.defended().title());
    }

    @Test
    void arguments_that_name_no_readable_model_file_start_nothing() {
        ModelFiles models = ModelFiles.readingAhead(new String[] {"analyze", "--json", folder.resolve("none.json")
                .toString(), folder.toString()});

        assertThatThrownBy(() -> models.read(folder.resolve("none.json")))
                .isInstanceOf(CommandFailure.class)
                .hasMessageEndingWith("none.json: no such file");
        assertThatThrownBy(() -> models.read(folder))
                .hasMessageEndingWith(": is a folder, not a model file");
    }
}
