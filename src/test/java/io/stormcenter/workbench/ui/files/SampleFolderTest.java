package io.stormcenter.workbench.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples are found from any folder the workbench starts in: a checkout's own, or the ones the build bundles. */
class SampleFolderTest {

    private static final Path SHIPPED = Path.of("sample-models");

    @TempDir
    Path elsewhere;

    @TempDir
    Path homeDir;

    @Test
    void started_outside_a_checkout_it_unpacks_the_bundled_samples_and_the_demo_capture_into_the_home() throws Exception {
        // given a working folder without sample-models
        WorkbenchHome home = new WorkbenchHome(homeDir);

        // when the samples are looked for
        Path found = SampleFolder.locate(elsewhere, home).orElseThrow();

        // then they are the shipped ones, byte for byte, in the home
        assertThat(found).isEqualTo(homeDir.resolve("sample-models"));
        assertThat(SampleFolder.models(found)).extracting(p -> p.getFileName().toString())
                .containsExactly("container-escape.json", "cryptomining.json", "ksc-kubecon-2024.json", "secret-theft.json");
        for (String name : List.of("ksc-kubecon-2024.json", "ksc-kubecon-2024.capture.jsonl", "secret-theft.json")) {
            assertThat(found.resolve(name)).hasSameBinaryContentAs(SHIPPED.resolve(name));
        }
    }

    @Test
    void in_a_checkout_its_own_sample_folder_is_used_as_it_is() {
        // given a working folder that holds sample-models (the project's own)
        // when
        Path found = SampleFolder.locate(Path.of(""), new WorkbenchHome(homeDir)).orElseThrow();
        // then nothing is unpacked
        assertThat(found).isEqualTo(SHIPPED);
        assertThat(homeDir.resolve("sample-models")).doesNotExist();
    }

    @Test
    void a_changed_copy_in_the_home_is_replaced_and_an_unchanged_one_is_left_alone() throws Exception {
        // given samples unpacked before, one of them since changed, the others a day old
        WorkbenchHome home = new WorkbenchHome(homeDir);
        Path folder = SampleFolder.locate(elsewhere, home).orElseThrow();
        Files.writeString(folder.resolve("secret-theft.json"), "{}");
        FileTime dayOld = FileTime.from(Instant.now().minusSeconds(86_400));
        Files.setLastModifiedTime(folder.resolve("cryptomining.json"), dayOld);

        // when the workbench starts again
        SampleFolder.locate(elsewhere, home).orElseThrow();

        // then the changed one is as shipped again, the unchanged one was not rewritten
        assertThat(folder.resolve("secret-theft.json")).hasSameBinaryContentAs(SHIPPED.resolve("secret-theft.json"));
        assertThat(Files.getLastModifiedTime(folder.resolve("cryptomining.json"))).isEqualTo(dayOld);
    }
}
