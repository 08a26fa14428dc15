package io.stormcenter.workbench.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.background.BackgroundWork;
import io.stormcenter.workbench.ui.background.FxStandIn;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Deploy panel's cluster work (ClusterWork on the window's deploy lane) touches FX state only
 * on the FX thread: what a worker needs (the kubeconfig, the context, the namespace field, the
 * production override, the redaction) is read before the work is handed over, and results are set after it
 * comes back. The inputs are bound to values that note each read off the FX thread, the outputs
 * note each change off it; every action runs on real threads against the fabric8 mock server.
 */
@EnableKubernetesMockClient(crud = true)
class DeployWorkFxThreadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOKEN = "kubeconfig-inline-t0ken-7f3a9c";

    static KubernetesClient client;

    private final FxStandIn fx = new FxStandIn();
    private final BackgroundWork background = new BackgroundWork(fx::execute);
    private final OffFxThreadAccess access = new OffFxThreadAccess(fx::isCurrentThread);

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        background.close();
        fx.close();
    }

    /**
     * A panel on the FX stand-in, on a kubeconfig whose one context is the mock server's (its user
     * holds {@link #TOKEN} inline), with its inputs bound to watched values and its outputs watched.
     */
    private DeployViewModel watchedPanel(BiFunction<Kubeconfig, KubeContext, HoneyclusterDeployer> connect,
                                         Map<String, String> environment) throws Exception {
        TaskLane lane = TaskLane.immediate(background.thread("deploy"), fx::execute);
        Path kubeconfig = Files.writeString(folder.resolve("kubeconfig"), "apiVersion: v1\nkind: Config\n"
                + "current-context: kind-dev\nclusters:\n- name: c\n  cluster:\n    server: " + client.getMasterUrl()
                + "\nusers:\n- name: u\n  user: {token: " + TOKEN + "}\ncontexts:\n- name: kind-dev\n"
                + "  context: {cluster: c, user: u}\n");
        return fx.call(() -> {
            DeployViewModel model = new DeployViewModel(connect, SafetyPolicy.defaults(), lane, fx::execute, environment);
            model.useKubeconfig(KubeconfigLocation.file(kubeconfig));
            model.kubeconfigInput().bind(access.watchedObject("kubeconfig", model.kubeconfigProperty().get()));
            model.contextProperty().bind(access.watchedObject("context", model.contextProperty().get()));
            model.namespaceProperty().bind(access.watchedString("namespace", "  "));
            model.productionConfirmedProperty().bind(access.watchedBoolean("production override", false));
            access.watchChanges("preview", model.previewProperty());
            access.watchChanges("status", model.statusProperty());
            access.watchChanges("message", model.messageProperty());
            access.watchChanges("busy", model.busyProperty());
            access.watchChanges("cancellable", model.cancellableProperty());
            access.watchChanges("progress", model.progressProperty());
            access.watchChanges("confirmation", model.confirmationProperty());
            access.watchChanges("deployment state", model.deploymentStateProperty());
            access.watchChanges("steps", model.steps());
            access.watchChanges("plan", model.plan());
            access.watchChanges("plan problems", model.planProblems());
            access.watchChanges("sensor settings", model.sensors().settingsProperty());
            access.watchChanges("helm state", model.sensors().helmStateProperty());
            access.watchChanges("can install", model.sensors().canInstallProperty());
            return model;
        });
    }

    /** Clicks on the FX thread, then waits until the work is done; returns what the panel said. */
    private String click(DeployViewModel model, Runnable action) throws Exception {
        fx.call(() -> {
            action.run();
            return null;
        });
        fx.awaitTrue(() -> !model.busyProperty().get(), WAIT);
        return fx.call(() -> model.messageProperty().get());
    }

    @Test
    void every_cluster_action_reads_its_inputs_and_shows_its_results_on_the_fx_thread_only() throws Exception {
        // given a panel with watched inputs and outputs, a saved model, and helm on the PATH
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path helm = Files.writeString(bin.resolve("helm"), "#!/bin/sh\necho \"fake helm: $1 $2 done\"\n");
        Files.setPosixFilePermissions(helm, PosixFilePermissions.fromString("rwxr-xr-x"));
        DeployViewModel panel = watchedPanel((kubeconfig, context) -> MockServerDeployers.connect(client, context, opened -> { }), Map.of("PATH", bin.toString()));
        Path modelFile = Files.copy(Path.of("sample-models", "secret-theft.json"), folder.resolve("secret-theft.json"));
        AttackTree tree = TreeFiles.read(modelFile).tree();

        // when the user checks the plan, tests the connection, deploys, reads the status, shows and
        // installs the sensors' settings, and tears down
        List<String> said = new ArrayList<>();
        said.add(click(panel, () -> panel.preview(tree)));
        said.add(click(panel, () -> panel.testConnection(tree)));
        said.add(click(panel, () -> panel.deploy(tree, modelFile)));
        said.add(click(panel, () -> panel.refreshStatus(modelFile)));
        said.add(click(panel, () -> panel.showSensorSettings(tree, modelFile)));
        said.add(click(panel, () -> panel.sensors().install()));
        said.add(click(panel, () -> panel.teardown(modelFile)));

        // then each action did its work, and none read an input or changed an output off the FX thread
        assertThat(said).as("what the panel said, action by action").hasSize(7).noneMatch(m -> m.startsWith("Failed") || m.startsWith("Choose"));
        assertThat(said.get(2)).startsWith("Deployed ");
        assertThat(said.get(5)).startsWith("Sensors' settings applied on kind-dev");
        assertThat(said.get(6)).startsWith("Torn down");
        assertThat(fx.call(() -> panel.statusProperty().get())).isNotNull();
        assertThat(access.violations()).isEmpty();
    }

    @Test
    void an_unexpected_failure_is_redacted_with_what_was_read_on_the_fx_thread() throws Exception {
        // given a panel whose every connection fails with a message that shows the kubeconfig's token
        DeployViewModel panel = watchedPanel((kubeconfig, context) -> {
            throw new IllegalStateException("refused with token " + TOKEN);
        }, Map.of());
        AttackTree tree = TreeFiles.read(Path.of("sample-models", "secret-theft.json")).tree();

        // when the user checks the plan
        String said = click(panel, () -> panel.preview(tree));

        // then the failure reached the panel without the token, and nothing was touched off the FX thread
        assertThat(said).startsWith("Failed unexpectedly (IllegalStateException): refused with token ")
                .doesNotContain(TOKEN);
        assertThat(access.violations()).isEmpty();
    }
}
