package io.stormcenter.workbench.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedFixturesTest {

    @TempDir
    Path root;

    @Test
    void a_present_fixture_is_found_on_ci_and_off() throws IOException {
        // given
        Files.createDirectories(root.resolve("audit"));
        Files.writeString(root.resolve("audit/get.json"), "{}");

        // then
        assertThat(SharedFixtures.locate("audit/get.json", Files::isRegularFile, root.toString(), true))
                .isEqualTo(root.resolve("audit/get.json"));
        assertThat(SharedFixtures.locate("audit", Files::isDirectory, root.toString(), false))
                .isEqualTo(root.resolve("audit"));
    }

    @Test
    void a_missing_fixture_fails_on_ci() {
        assertThatThrownBy(() -> SharedFixtures.locate("audit/get.json", Files::isRegularFile, root.toString(), true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("audit/get.json").hasMessageContaining("CI needs");
    }

    @Test
    void a_missing_fixture_folder_fails_on_ci_even_without_the_property() {
        assertThatThrownBy(() -> SharedFixtures.locate("falco-rules", Files::isDirectory, null, true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("falco-rules");
    }

    @Test
    void a_missing_fixture_skips_the_test_outside_ci() {
        assertThatThrownBy(() -> SharedFixtures.locate("audit/get.json", Files::isRegularFile, root.toString(), false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipped outside CI");
    }

    @Test
    void a_file_where_a_folder_is_expected_is_missing() throws IOException {
        Files.writeString(root.resolve("falco-rules"), "not a folder");

        assertThatThrownBy(() -> SharedFixtures.locate("falco-rules", Files::isDirectory, root.toString(), true))
                .isInstanceOf(AssertionFailedError.class);
    }
}
