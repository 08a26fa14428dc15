package io.stormcenter.workbench.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.stormcenter.workbench.cluster.ApplyMethod;
import io.stormcenter.workbench.cluster.AuditEventLookup;
import io.stormcenter.workbench.cluster.DeployRequest;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.PlannedAction;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.cluster.TestPlans;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.CredentialRedaction;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Deploy dialog's view model against the fabric8 mock server, no screen: executors run in place. */
@EnableKubernetesMockClient(crud = true)
class DeployViewModelTest {

    static KubernetesClient client;

    /** A client of its own for each connection, as the window opens one per call and closes it after. */
    static KubernetesClient connection() {
        return new KubernetesClientBuilder().withConfig(client.getConfiguration()).build();
    }
    static KubernetesMockServer server;

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path folder;

    private DeployViewModel viewModel() {
        return new DeployViewModel((kubeconfig, context) -> new HoneyclusterDeployer(
                new ClusterSession(new KubeContext(context.name(), "c", client.getMasterUrl().toString(), "u", null),
                        connection(), CredentialRedaction.shapesOnly()),
                ApplyMethod.createOrReplace(), SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED,
                Clock.systemUTC(), Duration.ZERO), SafetyPolicy.defaults(), NOW, NOW);
    }

    private Kubeconfig kubeconfig() throws IOException {
        Path file = folder.resolve("config");
        Files.writeString(file, "apiVersion: v1\nkind: Config\ncurrent-context: kind-dev\nclusters:\n- name: c\n  cluster:\n"
                + "    server: " + client.getMasterUrl() + "\nusers:\n- name: u\n  user: {token: abcdefgh}\ncontexts:\n"
                + "- name: staging\n  context: {cluster: c, user: u}\n- name: kind-dev\n  context: {cluster: c, user: u}\n");
        return Kubeconfig.load(KubeconfigLocation.file(file));
    }

    @Test
    void the_picker_lists_every_context_and_selects_the_current_one() throws IOException {
        DeployViewModel viewModel = viewModel();

        viewModel.loadContexts(kubeconfig());

        assertThat(viewModel.contexts()).extracting(KubeContext::name).containsExactly("staging", "kind-dev");
        assertThat(viewModel.contextProperty().get().name()).isEqualTo("kind-dev");
    }

    @Test
    void preview_fills_the_plan_and_enables_deploy_then_deploy_shows_progress_and_state() throws IOException {
        DeployViewModel viewModel = viewModel();
        viewModel.loadContexts(kubeconfig());
        assertThat(viewModel.canDeployProperty().get()).isFalse();

        viewModel.preview(TestPlans.honeyPlan("honey-ui", "dep-ui"));

        assertThat(viewModel.plan()).hasSize(10);
        assertThat(viewModel.plan()).filteredOn(c -> c.action() == PlannedAction.CREATE).hasSize(9);
        assertThat(viewModel.canDeployProperty().get()).isTrue();
        assertThat(viewModel.confirmationProperty().get()).contains("context 'kind-dev'");

        DeploymentRecordFile store = DeploymentRecordFile.nextTo(folder.resolve("model.json"));
        viewModel.deploy(TestPlans.honeyPlan("honey-ui", "dep-ui"), new DeployRequest("h", null, false), store);

        assertThat(viewModel.steps()).hasSize(10).last().asString().startsWith("[10/10] created NetworkPolicy");
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.deploymentStateProperty().get()).isEqualTo("deployed on kind-dev");
        assertThat(viewModel.busyProperty().get()).isFalse();

        viewModel.refreshStatus(store.load().orElseThrow());
        assertThat(viewModel.messageProperty().get()).isEqualTo("9/9 objects present, 0/0 pods ready");
        assertThat(viewModel.steps()).first().asString().startsWith("Deployment dep-ui of model ");
        assertThat(viewModel.steps()).anyMatch(line -> line.matches("\\s+present\\s+Namespace honey-ui"));

        viewModel.teardown(store.load().orElseThrow(), store, false);
        assertThat(viewModel.deploymentStateProperty().get()).isEqualTo(DeploymentState.TORN_DOWN.words());
    }

    @Test
    void a_new_tree_that_cannot_compile_is_explained_by_node_label_with_each_problem_linked_to_its_node()
            throws IOException {
        // given a context and a new tree (one goal, no trip-wire)
        DeployViewModel viewModel = viewModel();
        viewModel.loadContexts(kubeconfig());
        // when Check plan compiles it
        viewModel.preview(io.stormcenter.workbench.ui.document.TreeDocument.untitledTree());
        // then the message says in words what to do, not the compiler's "ERROR node 'goal' ..."
        assertThat(viewModel.messageProperty().get()).startsWith("The model cannot be deployed yet: mend")
                .doesNotContain("ERROR", "cannot compile a honeycluster");
        // and each problem names its node by label and keeps the id to select it
        assertThat(viewModel.planProblems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.nodeId()).isEqualTo("goal");
            assertThat(problem.text()).startsWith("'Attack goal': ").doesNotContain("ERROR");
        });
        assertThat(viewModel.busyProperty().get()).isFalse();
        // and another context starts clean
        viewModel.contextProperty().set(viewModel.contexts().get(0));
        assertThat(viewModel.planProblems()).isEmpty();
    }

    @Test
    void a_refusal_becomes_the_message_and_the_dialog_stays_usable() throws IOException {
        DeployViewModel viewModel = new DeployViewModel((kubeconfig, context) -> {
            throw new ClusterException("no context 'x' in kubeconfig k (known: a)");
        }, SafetyPolicy.defaults(), NOW, NOW);
        viewModel.loadContexts(kubeconfig());

        viewModel.preview(TestPlans.honeyPlan("honey-ui2", "dep-ui2"));

        assertThat(viewModel.messageProperty().get()).isEqualTo("no context 'x' in kubeconfig k (known: a)");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.canDeployProperty().get()).isFalse();
    }

    @Test
    void a_chosen_kubeconfig_file_replaces_the_contexts_and_a_broken_one_changes_nothing() throws IOException {
        DeployViewModel viewModel = viewModel();
        viewModel.loadContexts(kubeconfig());
        Path other = folder.resolve("other-config");
        Files.writeString(other, "apiVersion: v1\nkind: Config\ncurrent-context: lab\nclusters:\n- name: c\n  cluster:\n"
                + "    server: https://127.0.0.1:6443\nusers:\n- name: u\n  user: {token: abcdefgh}\ncontexts:\n"
                + "- name: lab\n  context: {cluster: c, user: u}\n");

        viewModel.useKubeconfig(KubeconfigLocation.file(other));

        assertThat(viewModel.contexts()).extracting(KubeContext::name).containsExactly("lab");
        assertThat(viewModel.contextProperty().get().name()).isEqualTo("lab");
        assertThat(viewModel.kubeconfigProperty().get().location().persistedForm()).isEqualTo(other.toString());
        assertThat(viewModel.messageProperty().get()).isEqualTo("Contexts of " + other);

        Path broken = folder.resolve("broken-config");
        Files.writeString(broken, "clusters: [ this is not yaml");
        viewModel.useKubeconfig(KubeconfigLocation.file(broken));

        assertThat(viewModel.messageProperty().get()).contains(broken.toString()).doesNotContain("abcdefgh");
        assertThat(viewModel.contexts()).extracting(KubeContext::name).containsExactly("lab");
        assertThat(viewModel.kubeconfigProperty().get().location().persistedForm()).isEqualTo(other.toString());
    }

    @Test
    void a_production_looking_context_gets_nothing_until_the_user_confirms_and_the_confirmation_stays_with_it()
            throws IOException {
        DeployViewModel viewModel = viewModel();
        KubeContext production = new KubeContext("gke_shop-prod_eu", "c", client.getMasterUrl().toString(), "u", null);
        viewModel.contexts().setAll(List.of(production));
        viewModel.contextProperty().set(production);
        assertThat(viewModel.productionContextProperty().get()).isTrue();

        // not even a dry run goes out unconfirmed
        viewModel.preview(TestPlans.honeyPlan("honey-prod", "dep-prod"));
        assertThat(viewModel.plan()).isEmpty();
        assertThat(viewModel.messageProperty().get()).contains("'gke_shop-prod_eu' looks like production")
                .contains(DeployViewModel.PRODUCTION_CONFIRMATION).doesNotContain("--allow-production");
        assertThat(viewModel.busyProperty().get()).isFalse();

        viewModel.productionConfirmedProperty().set(true);
        viewModel.preview(TestPlans.honeyPlan("honey-prod", "dep-prod"));
        assertThat(viewModel.plan()).hasSize(10);
        assertThat(viewModel.confirmationProperty().get()).contains("PRODUCTION");
        assertThat(viewModel.canDeployProperty().get()).isTrue();

        // the deployer's own check sees the override
        DeploymentRecordFile store = DeploymentRecordFile.nextTo(folder.resolve("prod-model.json"));
        viewModel.deploy(TestPlans.honeyPlan("honey-prod", "dep-prod"), new DeployRequest("h", null, true), store);
        assertThat(viewModel.deploymentStateProperty().get()).isEqualTo("deployed on gke_shop-prod_eu");

        // another context forgets it; coming back asks again
        KubeContext lab = new KubeContext("kind-lab", "c", client.getMasterUrl().toString(), "u", null);
        viewModel.contexts().add(lab);
        viewModel.contextProperty().set(lab);
        assertThat(viewModel.productionContextProperty().get()).isFalse();
        assertThat(viewModel.productionConfirmedProperty().get()).isFalse();
        viewModel.contextProperty().set(production);
        assertThat(viewModel.productionConfirmedProperty().get()).isFalse();
        viewModel.teardown(store.load().orElseThrow(), store, false);
        assertThat(viewModel.messageProperty().get()).contains("looks like production");
        assertThat(viewModel.deploymentStateProperty().get()).isEqualTo("deployed on gke_shop-prod_eu");
    }

    @Test
    void an_unexpected_failure_becomes_a_redacted_message_and_the_panel_is_not_left_busy() throws IOException {
        DeployViewModel viewModel = new DeployViewModel((kubeconfig, context) -> {
            throw new IllegalStateException("connection reset after token abcdefgh and Authorization: Bearer xyzxyzxyz0123");
        }, SafetyPolicy.defaults(), NOW, NOW);
        viewModel.loadContexts(kubeconfig());

        viewModel.preview(TestPlans.honeyPlan("honey-ui3", "dep-ui3"));

        assertThat(viewModel.messageProperty().get()).startsWith("Failed unexpectedly (IllegalStateException): ")
                .contains("connection reset").doesNotContain("abcdefgh").doesNotContain("xyzxyzxyz0123");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void stopping_a_deploy_ends_it_after_the_current_object_and_the_record_says_how_far_it_got() throws IOException {
        DeployViewModel viewModel = viewModel();
        viewModel.loadContexts(kubeconfig());
        DeploymentRecordFile store = DeploymentRecordFile.nextTo(folder.resolve("stopped-model.json"));
        // the user presses Stop as the third object is reported
        ListChangeListener<String> pressStop = change -> {
            if (viewModel.steps().size() == 3) {
                assertThat(viewModel.cancellableProperty().get()).isTrue();
                viewModel.cancel();
            }
        };
        viewModel.steps().addListener(pressStop);

        viewModel.deploy(TestPlans.honeyPlan("honey-stop", "dep-stop"), new DeployRequest("h", null, false), store);

        assertThat(viewModel.steps()).hasSize(4).last().asString()
                .isEqualTo("[4/10] failed: cancelled before this object Role honey-stop/canary-read");
        assertThat(viewModel.messageProperty().get()).startsWith("Stopped at ").contains("cancelled before this object");
        assertThat(store.load().orElseThrow().state()).isNotEqualTo(DeploymentState.DEPLOYED);
        assertThat(viewModel.cancellableProperty().get()).isFalse();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(client.serviceAccounts().inNamespace("honey-stop").list().getItems()).hasSize(1);
        assertThat(client.rbac().roles().inNamespace("honey-stop").list().getItems()).isEmpty();

        // a retry finishes what was stopped
        viewModel.steps().removeListener(pressStop);
        viewModel.deploy(TestPlans.honeyPlan("honey-stop", "dep-stop"), new DeployRequest("h", null, false), store);
        assertThat(store.load().orElseThrow().state()).isEqualTo(DeploymentState.DEPLOYED);
    }

    @Test
    void test_connection_names_the_server_and_lists_each_missing_right_readably() throws IOException {
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
                .andReturn(201, "{\"apiVersion\":\"authorization.k8s.io/v1\",\"kind\":\"SelfSubjectAccessReview\","
                        + "\"status\":{\"allowed\":false,\"reason\":\"no RBAC policy matched\"}}").always();
        DeployViewModel viewModel = viewModel();
        viewModel.loadContexts(kubeconfig());

        viewModel.testConnection(TestPlans.honeyPlan("honey-test", "dep-test"));

        assertThat(viewModel.steps().get(0)).startsWith("Context kind-dev: server " + client.getMasterUrl())
                .endsWith(", user u");
        assertThat(viewModel.steps()).anyMatch(line -> line.startsWith("Access: may not ") && line.contains("namespaces"));
        assertThat(viewModel.messageProperty().get()).startsWith("The user of 'kind-dev' lacks ")
                .endsWith("rights the plan needs (listed above); a deploy would fail");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }
}
