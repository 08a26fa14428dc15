package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} to and from STIX 2.1, the format chosen by content on the way in. */
class ConvertStixTest {

    @TempDir
    Path folder;

    @Test
    void a_model_goes_to_a_stix_bundle_and_back_unchanged() throws Exception {
        Path json = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));
        Path stix = folder.resolve("defended.stix.json");
        Path back = folder.resolve("back.json");

        CliRun out = CliRun.of("convert", json.toString(), stix.toString());
        CliRun in = CliRun.of("convert", stix.toString(), back.toString());

        assertThat(out.exitCode()).isZero();
        assertThat(Files.readString(stix)).contains("\"type\" : \"bundle\"", "\"type\" : \"intrusion-set\"");
        assertThat(in.exitCode()).isZero();
        assertThat(in.err()).doesNotContain("warning");
        assertThat(TreeFiles.read(back).tree()).isEqualTo(CliModels.defended());
    }

    @Test
    void a_stix_bundle_named_like_a_model_is_read_as_stix_and_its_oddities_are_warned() throws Exception {
        Path misnamed = Files.writeString(folder.resolve("intel.json"), """
                {"type": "bundle", "id": "bundle--intel", "objects": [
                  {"type": "attack-pattern", "id": "attack-pattern--a", "name": "Exec into the checkout pod"}]}
                """);
        Path model = folder.resolve("model.json");

        CliRun run = CliRun.of("convert", misnamed.toString(), model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: ids that are not type--UUID: bundle--intel, attack-pattern--a");
        assertThat(TreeFiles.read(model).tree().root().label()).isEqualTo("Exec into the checkout pod");
    }
}
