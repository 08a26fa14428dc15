package io.stormcenter.workbench.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Deploy panel's sensor settings, no screen: helm is a script on the PATH the panel is given
 * that records its arguments (this machine has no helm and its API server no kubelet, so a real
 * sensor install cannot run here), and every command runs as a real child process.
 */
class SensorsViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path folder;

    private Path bin;
    private Path calls;
    private AttackTree kubecon;

    @BeforeEach
    void setUp() throws Exception {
        bin = Files.createDirectories(folder.resolve("bin"));
        calls = folder.resolve("calls.log");
        kubecon = TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
    }

    /** A helm that appends its arguments to calls.log, prints a line, and exits with {@code code} for {@code failOn}. */
    private void fakeHelm(String failOn, int code) throws Exception {
        Path helm = Files.writeString(bin.resolve("helm"), "#!/bin/sh\n"
                + "echo \"$*\" >> '" + calls + "'\n"
                + "case \"$*\" in\n"
                + "  *'" + failOn + "'*) echo 'Error: INSTALLATION FAILED: Kubernetes cluster unreachable' >&2; exit "
                + code + ";;\n"
                + "esac\n"
                + "echo \"fake helm: $1 $2 done\"\n");
        Files.setPosixFilePermissions(helm, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private DeployViewModel panel(String... contexts) throws Exception {
        StringBuilder config = new StringBuilder("apiVersion: v1\nkind: Config\ncurrent-context: " + contexts[0]
                + "\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:6443\nusers:\n- name: u\n"
                + "  user: {token: abcdefgh}\ncontexts:\n");
        for (String context : contexts) {
            config.append("- name: ").append(context).append("\n  context: {cluster: c, user: u}\n");
        }
        Path file = Files.writeString(folder.resolve("kubeconfig"), config);
        DeployViewModel model = new DeployViewModel((kubeconfig, context) -> {
            throw new AssertionError("the sensors' settings need no API connection of the workbench's");
        }, SafetyPolicy.defaults(), TaskLane.immediate(NOW, NOW), NOW, Map.of("PATH", bin.toString()));
        model.loadContexts(Kubeconfig.load(KubeconfigLocation.file(file)));
        return model;
    }

    @Test
    void without_helm_the_panel_shows_the_exact_commands_and_values_and_says_what_to_run_instead() throws Exception {
        // given no helm on the PATH
        DeployViewModel model = panel("kind-honey");
        SensorsViewModel sensors = model.sensors();
        // when
        model.showSensorSettings(kubecon, null);
        // then
        assertThat(sensors.helmFoundProperty().get()).isFalse();
        assertThat(sensors.helmStateProperty().get()).startsWith("helm is not on the PATH, so the workbench cannot run"
                + " these commands. Run them yourself in a folder that holds the values files (ksc generate MODEL");
        assertThat(sensors.settingsProperty().get())
                .contains("helm repo add --force-update falcosecurity https://falcosecurity.github.io/charts && helm"
                        + " upgrade --install falco falcosecurity/falco --namespace falco --create-namespace"
                        + " --reuse-values -f falco-values.yaml")
                .contains("helm upgrade --install tetragon cilium/tetragon --namespace kube-system")
                .contains("# ---- falco-values.yaml ----", "json_output: true", "k8s.ns.name",
                        "# ---- tetragon-values.yaml ----", "exportDenyList");
        assertThat(sensors.canInstallProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("2 sensors need the plan's settings");

        sensors.install();

        assertThat(model.messageProperty().get()).startsWith("helm is not on the PATH");
        assertThat(calls).doesNotExist();
    }

    @Test
    void with_helm_on_the_path_install_runs_the_shown_commands_on_the_chosen_context_with_progress() throws Exception {
        // given
        fakeHelm("never", 0);
        DeployViewModel model = panel("kind-honey");
        SensorsViewModel sensors = model.sensors();
        model.showSensorSettings(kubecon, null);
        assertThat(sensors.canInstallProperty().get()).isTrue();
        // when
        sensors.install();
        // then
        List<String> ran = Files.readAllLines(calls);
        Path kubeconfig = folder.resolve("kubeconfig").toAbsolutePath();
        assertThat(ran).hasSize(4);
        assertThat(ran.get(0)).isEqualTo("repo add --force-update falcosecurity https://falcosecurity.github.io/charts");
        assertThat(ran.get(1)).matches("upgrade --install falco falcosecurity/falco --namespace falco --create-namespace"
                + " --reuse-values -f /\\S+/sensor-values-\\d+/falco-values\\.yaml --kube-context kind-honey"
                + " --kubeconfig " + kubeconfig);
        assertThat(ran.get(2)).isEqualTo("repo add --force-update cilium https://helm.cilium.io");
        assertThat(ran.get(3)).startsWith("upgrade --install tetragon cilium/tetragon --namespace kube-system");
        Path values = Path.of(ran.get(1).split(" -f ")[1].split(" ")[0]);
        assertThat(values).content().contains("json_output: true").contains("customRules");
        assertThat(model.steps()).hasSize(8).startsWith("$ helm repo add --force-update falcosecurity "
                + "https://falcosecurity.github.io/charts", "fake helm: repo add done");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.messageProperty().get()).startsWith("Sensors' settings applied on kind-honey (values in ");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void a_failing_helm_command_stops_the_rest_and_the_panel_says_which_with_its_output() throws Exception {
        // given
        fakeHelm("upgrade --install falco", 3);
        DeployViewModel model = panel("kind-honey");
        model.showSensorSettings(kubecon, null);
        // when
        model.sensors().install();
        // then
        assertThat(Files.readAllLines(calls)).hasSize(2);
        assertThat(model.steps()).contains("Error: INSTALLATION FAILED: Kubernetes cluster unreachable");
        assertThat(model.messageProperty().get()).startsWith("'helm upgrade --install falco' failed with exit code 3"
                + " (its output is above); the values are in ");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.sensors().canInstallProperty().get()).as("a retry is one click away").isTrue();
    }

    @Test
    void a_production_looking_context_gets_no_helm_run_until_the_user_confirms() throws Exception {
        // given
        fakeHelm("never", 0);
        DeployViewModel model = panel("prod-eu");
        model.productionConfirmedProperty().set(true);
        model.showSensorSettings(kubecon, null);
        model.productionConfirmedProperty().set(false);
        // when
        model.sensors().install();
        // then
        assertThat(calls).doesNotExist();
        assertThat(model.messageProperty().get()).startsWith("Context 'prod-eu' looks like production");

        model.productionConfirmedProperty().set(true);
        model.sensors().install();

        assertThat(Files.readAllLines(calls)).hasSize(4).allSatisfy(c -> assertThat(c).doesNotContain("abcdefgh"));
    }
}
