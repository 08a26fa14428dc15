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
    void without_a_folder_given_the_binaries_are_those_of_the_folder_the_build_script_prints() throws IOException {
        // given a bin folder with the three binaries, and a build script that prints it (as on a machine
        // where the cache is complete); no KSC_K8S_BIN
        Path bin = binFolder("cache-bin");
        Path script = script("echo " + bin + "\n");

        // when the integration harness looks for the binaries with nothing given
        // then it takes the script's folder
        assertThat(LocalKubeCluster.binaries(null, script)).isEqualTo(bin);
        assertThat(LocalKubeCluster.binaries(" ", script)).isEqualTo(bin);
    }

    @Test
    void a_folder_given_wins_and_the_build_script_is_not_run() throws IOException {
        Path given = binFolder("given-bin");
        Path failing = script("exit 7\n");

        assertThat(LocalKubeCluster.binaries(given.toString(), failing)).isEqualTo(given);
    }

    @Test
    void a_folder_without_the_binaries_is_an_error_naming_the_missing_one() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty-bin"));
        Path script = script("echo " + empty + "\n");

        assertThatThrownBy(() -> LocalKubeCluster.binaries(null, script))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no executable etcd");
    }

    private Path binFolder(String name) throws IOException {
        Path bin = Files.createDirectories(folder.resolve(name));
        for (String binary : java.util.List.of("etcd", "kube-apiserver", "kube-controller-manager")) {
            Path file = Files.writeString(bin.resolve(binary), "#!/bin/sh\n");
            assertThat(file.toFile().setExecutable(true)).isTrue();
        }
        return bin;
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
