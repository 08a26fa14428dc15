package io.stormcenter.workbench.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String config(String current, String context, String cluster, String server, String user,
                                 String namespace, String token) {
        return "apiVersion: v1\nkind: Config\n" + (current == null ? "" : "current-context: " + current + "\n")
                + "clusters:\n- name: " + cluster + "\n  cluster:\n    server: " + server
                + "\n    certificate-authority: ca.crt\n"
                + "users:\n- name: " + user + "\n  user:\n    token: " + token + "\n"
                + "contexts:\n- name: " + context + "\n  context:\n    cluster: " + cluster + "\n    user: " + user
                + (namespace == null ? "" : "\n    namespace: " + namespace) + "\n";
    }

    @Test
    void kubeconfig_files_are_merged_first_one_wins_as_kubectl_does() throws IOException {
        Path first = write("a/config", config(null, "dev", "dev-cluster", "https://dev:6443", "dev-user", "team", "t1-aaaaaaa"));
        Path second = write("b/config", config("dev", "dev", "other", "https://other:6443", "x", null, "t2-bbbbbbb")
                + "- name: staging\n  context:\n    cluster: other\n    user: x\n");
        KubeconfigLocation location = KubeconfigLocation.defaults(
                Map.of("KUBECONFIG", first + File.pathSeparator + folder.resolve("missing") + File.pathSeparator + second),
                folder);

        Kubeconfig kubeconfig = Kubeconfig.load(location);

        assertThat(kubeconfig.contexts()).containsExactly(
                new KubeContext("dev", "dev-cluster", "https://dev:6443", "dev-user", "team"),
                new KubeContext("staging", "other", "https://other:6443", "x", null));
        assertThat(kubeconfig.currentContext()).contains("dev");
    }

    @Test
    void without_kubeconfig_variable_the_home_config_is_read() throws IOException {
        write(".kube/config", config("home", "home", "c", "https://home:6443", "u", null, "t-cccccccc"));

        KubeconfigLocation location = KubeconfigLocation.defaults(Map.of(), folder);

        assertThat(location.files()).containsExactly(folder.resolve(".kube/config"));
        assertThat(Kubeconfig.load(location).contexts()).extracting(KubeContext::name).containsExactly("home");
    }

    @Test
    void relative_certificate_paths_resolve_against_their_own_file() throws IOException {
        Path file = write("c/config", config("dev", "dev", "c", "https://dev:6443", "u", null, "t-dddddddd"));

        String yaml = Kubeconfig.load(KubeconfigLocation.file(file)).singleContextYaml("dev");

        assertThat(yaml).contains(folder.resolve("c/ca.crt").toString());
    }

    @Test
    void an_unknown_context_is_an_error_naming_the_known_ones() throws IOException {
        Path file = write("config", config("dev", "dev", "c", "https://dev:6443", "u", null, "t-eeeeeeee"));
        Kubeconfig kubeconfig = Kubeconfig.load(KubeconfigLocation.file(file));

        assertThatThrownBy(() -> kubeconfig.context("prod"))
                .isInstanceOf(ClusterException.class)
                .hasMessage("no context 'prod' in kubeconfig " + file + " (known: dev)");
    }

    @Test
    void no_kubeconfig_at_all_says_where_it_looked() {
        KubeconfigLocation location = KubeconfigLocation.defaults(Map.of(), folder);

        assertThatThrownBy(() -> Kubeconfig.load(location)).isInstanceOf(ClusterException.class)
                .hasMessage("no kubeconfig found (looked at " + folder.resolve(".kube/config") + ")");
    }

    @Test
    void a_broken_kubeconfig_is_named_without_quoting_its_content() throws IOException {
        Path file = write("config", "apiVersion: v1\nusers: [ {name: u, user: {token: s3cret-token-value}\n");

        assertThatThrownBy(() -> Kubeconfig.load(KubeconfigLocation.file(file)))
                .isInstanceOf(ClusterException.class)
                .hasMessage("kubeconfig " + file + " is not a valid kubeconfig file")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void a_missing_certificate_authority_file_is_one_line_naming_it() throws IOException {
        Path file = write("config", config("dev", "dev", "c", "https://127.0.0.1:1", "u", null, "tok-1234567890abcdef"));

        assertThatThrownBy(() -> ClusterSession.open(Kubeconfig.load(KubeconfigLocation.file(file)), "dev"))
                .isInstanceOf(ClusterException.class)
                .hasMessage("cannot use context 'dev': file " + folder.resolve("ca.crt")
                        + " named in the kubeconfig does not exist");
    }

    @Test
    void an_opened_session_masks_the_users_token_in_failures() throws IOException {
        Path file = write("config", config("dev", "dev", "c", "https://127.0.0.1:1", "u", null, "tok-1234567890abcdef")
                .replace("    certificate-authority: ca.crt\n", ""));

        try (ClusterSession session = ClusterSession.open(Kubeconfig.load(KubeconfigLocation.file(file)), "dev")) {
            assertThat(session.redaction().apply("401 for token tok-1234567890abcdef"))
                    .isEqualTo("401 for token [redacted]");
            assertThatThrownBy(session::serverVersion).isInstanceOf(ClusterException.class)
                    .hasMessage("could not ask the server for its version on context 'dev': cannot reach "
                            + "https://127.0.0.1:1: connection refused");
        }
    }
}
