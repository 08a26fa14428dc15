package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.cluster.TestPlans;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** deploy, status and teardown as a user meets them when something is wrong: one line, exit 1, no stack trace. */
class ClusterCommandsTest {

    private static final String TOKEN = "cli-test-token-0123456789";

    @TempDir
    Path folder;

    private Path model() throws IOException {
        return CliModels.write(CliModels.defended(), folder.resolve("defended.json"));
    }

    private Path kubeconfig(String server, String... contexts) throws IOException {
        StringBuilder text = new StringBuilder("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
                + server + "\nusers:\n- name: u\n  user:\n    token: " + TOKEN + "\ncontexts:\n");
        for (String context : contexts) {
            text.append("- name: ").append(context).append("\n  context: {cluster: c, user: u}\n");
        }
        Path file = folder.resolve("kubeconfig");
        Files.writeString(file, text);
        return file;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new FailureReport()).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private DeployCommand deployCommand(String answer) {
        return new DeployCommand(ModelFiles.onDemand(), (tree, namespace, seed) -> TestPlans.honeyPlan("honey-cli", "dep-cli"),
                new BufferedReader(new StringReader(answer)));
    }

    @Test
    void a_wrong_context_name_is_one_line_naming_the_known_contexts() throws IOException {
        Path config = kubeconfig("https://127.0.0.1:" + closedPort(), "dev", "staging");

        CliRun run = run(deployCommand(""), model().toString(), "--context", "dve", "--kubeconfig", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("ksc deploy: no context 'dve' in kubeconfig " + config
                + " (known: dev, staging)");
    }

    @Test
    void an_unreachable_server_is_one_line_and_never_shows_the_token() throws IOException {
        int port = closedPort();
        Path config = kubeconfig("https://127.0.0.1:" + port, "dev");

        CliRun run = run(deployCommand(""), model().toString(), "--context", "dev", "--kubeconfig", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("ksc deploy: could not ").contains("on context 'dev'")
                .endsWith("cannot reach https://127.0.0.1:" + port + ": connection refused")
                .doesNotContain("\n").doesNotContain(TOKEN);
        assertThat(run.out()).doesNotContain(TOKEN);
    }

    @Test
    void a_production_context_is_refused_before_the_server_is_asked_anything() throws IOException {
        Path config = kubeconfig("https://127.0.0.1:" + closedPort(), "prod-eu");

        CliRun run = run(deployCommand("yes\n"), model().toString(), "--context", "prod-eu", "--kubeconfig",
                config.toString(), "--dry-run");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("ksc deploy: context 'prod-eu'").contains("looks like production")
                .endsWith("pass --allow-production if you really mean it");
    }

    @Test
    void status_without_a_deployment_record_says_where_it_looked() throws IOException {
        Path model = model();

        CliRun run = run(new StatusCommand(), model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("ksc status: no deployment of " + model + " is recorded (looked for "
                + folder.resolve("defended.deploy.json") + "); deploy it first: ksc deploy " + model + " --context CTX");
    }

    @Test
    void the_three_cluster_commands_are_registered() {
        CliRun help = CliRun.of("--help");

        assertThat(help.out()).contains("deploy").contains("status").contains("teardown");
    }
}
