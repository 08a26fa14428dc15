package io.stormcenter.workbench.cluster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the integration tests find the control plane without KSC_K8S_BIN: through the build script. */
class KubeBinariesBuildTest {

    @TempDir
    Path folder;

    @Test
    void the_folder_the_build_script_prints_last_is_the_bin_folder() throws IOException {
        // given a script that reports progress on stderr and prints the folder on stdout, as the real one does
        Path script = script("echo 'building kube-apiserver' >&2\necho " + folder.resolve("bin") + "\n");

        // when
        Path bin = LocalKubeCluster.cachedOrBuilt(script);

        // then
        assertThat(bin).isEqualTo(folder.resolve("bin"));
    }

    @Test
    void a_failing_build_is_an_error_that_says_so() throws IOException {
        Path script = script("echo 'no Debian bookworm mirror configured' >&2\nexit 3\n");

        assertThatThrownBy(() -> LocalKubeCluster.cachedOrBuilt(script))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exit 3").hasMessageContaining("KSC_K8S_BIN");
    }

    @Test
    void without_the_script_the_error_says_where_to_run_the_tests() {
        assertThatThrownBy(() -> LocalKubeCluster.cachedOrBuilt(folder.resolve("missing.sh")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("project folder");
    }

    @Test
    void the_project_script_is_where_the_tests_look_for_it() {
        assertThat(LocalKubeCluster.BUILD_SCRIPT).isRegularFile();
    }

    private Path script(String body) throws IOException {
        Path script = folder.resolve("build.sh");
        Files.writeString(script, "#!/usr/bin/env bash\n" + body);
        return script;
    }
}
