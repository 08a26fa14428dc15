package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/var/run/secrets/kubernetes.io/serviceaccount/token | /run/secrets/kubernetes.io/serviceaccount/token",
        "/run/secrets/kubernetes.io/serviceaccount/..2024_05_30_15_39_47.3115319183/token"
                + " | /run/secrets/kubernetes.io/serviceaccount/token",
        "/var/run/secrets/kubernetes.io/serviceaccount/..data/token | /run/secrets/kubernetes.io/serviceaccount/token",
        "/etc/ssl/..2026_01_01/..data/tls.key | /etc/ssl/tls.key",
        "..data/token | token",
        "/a/../b | /a/../b",
        "/a/..b/ | /a/",
        "/a//..x/b | /a//b",
        "/var/run | /run",
        "/var/running | /var/running",
        "/etc/passwd | /etc/passwd",
        "/ | /",
    })
    void a_reported_path_is_normalized_as_the_kernel_resolves_it(String reported, String normalized) {
        assertThat(KernelPaths.normalize(reported)).isEqualTo(normalized);
    }

    @Test
    void a_token_read_through_the_atomic_writers_directory_is_within_the_watched_token() {
        String reported = "/run/secrets/kubernetes.io/serviceaccount/..2024_05_30_15_39_47.3115319183/token";
        String wanted = "/var/run/secrets/kubernetes.io/serviceaccount/token";

        assertThat(KernelPaths.within(reported, wanted)).isTrue();
        assertThat(KernelPaths.withinNormalized(KernelPaths.normalize(reported), wanted)).isTrue();
        assertThat(KernelPaths.within("/etc/passwd", wanted)).isFalse();
        assertThat(KernelPaths.normalize(null)).isNull();
    }
}
