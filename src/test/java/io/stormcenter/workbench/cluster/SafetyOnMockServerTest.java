package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnableKubernetesMockClient(crud = true)
class SafetyOnMockServerTest {

    static KubernetesClient client;

    private final MemoryRecordStore store = new MemoryRecordStore();
    private final DeployRequest request = new DeployRequest("hash", null, false);

    private HoneyclusterDeployer deployer(String context) {
        return MockClusters.deployer(client, context, Clock.systemUTC());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kube-system", "kube-public", "default"})
    void a_plan_for_a_system_namespace_is_refused(String namespace) {
        HoneyclusterDeployer deployer = deployer("kind-dev");

        assertThatThrownBy(() -> deployer.prepare(TestPlans.honeyPlan(namespace, "dep")))
                .isInstanceOf(SafetyRefusal.class).hasMessageContaining("'" + namespace + "' is a system namespace");
    }

    @Test
    void a_plan_that_does_not_create_its_namespace_is_refused() {
        HoneyclusterPlan plan = TestPlans.honeyPlan("honey-n", "dep-n");
        List<HasMetadata> withoutNamespace = plan.objects().stream().filter(o -> !o.getKind().equals("Namespace")).toList();

        assertThatThrownBy(() -> deployer("kind-dev").prepare(new HoneyclusterPlan(plan.modelId(), plan.deploymentId(),
                plan.namespace(), plan.seed(), withoutNamespace)))
                .isInstanceOf(SafetyRefusal.class).hasMessageContaining("does not create its namespace 'honey-n'");
    }

    @Test
    void an_object_outside_the_honey_namespace_is_refused() {
        HoneyclusterPlan plan = TestPlans.honeyPlan("honey-o", "dep-o");
        List<HasMetadata> objects = new ArrayList<>(plan.objects());
        objects.add(new ConfigMapBuilder().withNewMetadata().withName("sneaky").withNamespace("kube-system").endMetadata()
                .build());

        assertThatThrownBy(() -> deployer("kind-dev").prepare(new HoneyclusterPlan(plan.modelId(), plan.deploymentId(),
                plan.namespace(), plan.seed(), objects)))
                .isInstanceOf(SafetyRefusal.class).hasMessageContaining("ConfigMap kube-system/sneaky is outside the honey namespace");
    }

    @Test
    void an_object_labelled_for_another_deployment_is_refused() {
        HoneyclusterPlan plan = TestPlans.honeyPlan("honey-l", "dep-l");
        List<HasMetadata> objects = new ArrayList<>(plan.objects());
        objects.add(new ConfigMapBuilder().withNewMetadata().withName("other").withNamespace("honey-l")
                .addToLabels(TestPlans.INSTANCE, "dep-other").endMetadata().build());

        assertThatThrownBy(() -> deployer("kind-dev").prepare(new HoneyclusterPlan(plan.modelId(), plan.deploymentId(),
                plan.namespace(), plan.seed(), objects)))
                .isInstanceOf(SafetyRefusal.class).hasMessageContaining("labelled app.kubernetes.io/instance=dep-other");
    }

    @Test
    void an_existing_object_without_our_labels_is_refused_in_the_plan_and_never_overwritten() {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("honey-u").endMetadata().build())
                .create();
        ConfigMap theirs = new ConfigMapBuilder().withNewMetadata().withName("bait-motd").withNamespace("honey-u")
                .endMetadata().addToData("motd", "someone else's").build();
        client.configMaps().inNamespace("honey-u").resource(theirs).create();
        HoneyclusterDeployer deployer = deployer("kind-dev");
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-u", "dep-u"));

        DeployPreview preview = deployer.preview(plan);
        DeployResult result = deployer.deploy(plan, request, store, DeployProgress.silent());

        assertThat(preview.deployable()).isFalse();
        assertThat(preview.blocking()).extracting(PlannedChange::toString).containsExactly(
                "refused Namespace honey-u: exists and does not carry this deployment's label app.kubernetes.io/instance=dep-u",
                "refused ConfigMap honey-u/bait-motd: exists and does not carry this deployment's label app.kubernetes.io/instance=dep-u");
        assertThat(result.failure()).get().satisfies(f -> {
            assertThat(f.object()).hasToString("Namespace honey-u");
            assertThat(f.reason()).contains("refusing to update Namespace honey-u").contains("does not carry this deployment's label");
            assertThat(f.nextSteps()).containsExactly(DeployFailure.NextStep.TEARDOWN);
        });
        assertThat(client.configMaps().inNamespace("honey-u").withName("bait-motd").get().getData())
                .containsEntry("motd", "someone else's");
    }

    @Test
    void a_namespace_of_another_deployment_is_refused() {
        HoneyclusterDeployer deployer = deployer("kind-dev");
        deployer.deploy(deployer.prepare(TestPlans.honeyPlan("honey-v", "dep-v1")), request, store,
                DeployProgress.silent());

        DeployResult second = deployer.deploy(deployer.prepare(TestPlans.honeyPlan("honey-v", "dep-v2")), request,
                new MemoryRecordStore(), DeployProgress.silent());

        assertThat(second.failure()).get().extracting(DeployFailure::reason).asString()
                .contains("is labelled app.kubernetes.io/instance=dep-v1, not dep-v2 (another deployment's)");
    }

    @Test
    void a_production_context_needs_the_explicit_override() {
        HoneyclusterDeployer deployer = deployer("gke_shop-prod_europe-west1");
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-p", "dep-p"));

        assertThatThrownBy(() -> deployer.deploy(plan, request, store, DeployProgress.silent()))
                .isInstanceOf(SafetyRefusal.class).hasMessageContaining("looks like production")
                .hasMessageContaining("--allow-production");
        assertThat(client.namespaces().withName("honey-p").get()).isNull();

        DeployResult allowed = deployer.deploy(plan, new DeployRequest("hash", null, true), store,
                DeployProgress.silent());

        assertThat(allowed.succeeded()).isTrue();
        assertThat(deployer.confirmation(deployer.preview(plan))).contains("looks like PRODUCTION");
    }

    @Test
    void teardown_in_a_production_context_needs_the_override_too() {
        HoneyclusterDeployer deployer = deployer("live-eu");
        DeploymentRecord record = deployer.deploy(deployer.prepare(TestPlans.honeyPlan("honey-q", "dep-q")),
                new DeployRequest("hash", null, true), store, DeployProgress.silent()).record();

        assertThatThrownBy(() -> deployer.teardown(record, store, false, DeployProgress.silent(), Duration.ofSeconds(1)))
                .isInstanceOf(SafetyRefusal.class).hasMessageContaining("looks like production");
        assertThat(client.namespaces().withName("honey-q").get()).isNotNull();
    }

    @Test
    void teardown_leaves_a_recorded_object_that_lost_our_labels_alone() {
        HoneyclusterDeployer deployer = deployer("kind-dev");
        DeploymentRecord record = deployer.deploy(deployer.prepare(TestPlans.honeyPlan("honey-w", "dep-w")), request,
                store, DeployProgress.silent()).record();
        client.configMaps().inNamespace("honey-w").withName("bait-motd")
                .edit(cm -> new ConfigMapBuilder(cm).editMetadata().withLabels(Map.of("owner", "alice"))
                        .endMetadata().build());

        TeardownResult result = deployer.teardown(record, store, false, DeployProgress.silent(), Duration.ofSeconds(2));

        assertThat(result.leftAlone()).containsExactly(
                "ConfigMap honey-w/bait-motd: does not carry this deployment's label app.kubernetes.io/instance=dep-w, left alone");
        assertThat(client.configMaps().inNamespace("honey-w").withName("bait-motd").get()).isNotNull();
        assertThat(client.secrets().inNamespace("honey-w").withName("aws-credentials").get()).isNull();
    }

    @Test
    void a_record_from_another_server_is_refused_for_status_and_teardown() {
        HoneyclusterDeployer deployer = deployer("kind-dev");
        DeploymentRecord record = deployer.deploy(deployer.prepare(TestPlans.honeyPlan("honey-x2", "dep-x2")), request,
                store, DeployProgress.silent()).record();
        DeploymentRecord elsewhere = new DeploymentRecord(record.id(), record.modelId(), record.modelHash(),
                record.context(), "https://10.0.0.1:6443", null, record.namespace(), record.seed(), record.objects(),
                record.deployedAt(), record.updatedAt(), record.state(), null, record.label(), null);

        assertThatThrownBy(() -> deployer.status(elsewhere)).isInstanceOf(SafetyRefusal.class)
                .hasMessageContaining("was made on https://10.0.0.1:6443");
        assertThatThrownBy(() -> deployer.teardown(elsewhere, store, false, DeployProgress.silent(), Duration.ZERO))
                .isInstanceOf(SafetyRefusal.class);
        assertThat(client.namespaces().withName("honey-x2").get()).isNotNull();
    }

    @Test
    void a_record_naming_a_system_namespace_is_never_torn_down() {
        HoneyclusterDeployer deployer = deployer("kind-dev");
        DeploymentRecord forged = new DeploymentRecord("dep-k", "m", "h", "kind-dev", client.getMasterUrl().toString(),
                null, "kube-system", 1, List.of(new ObjectRef("v1", "Namespace", null, "kube-system")),
                Instant.now(), Instant.now(), DeploymentState.DEPLOYED, null, null, null);

        assertThatThrownBy(() -> deployer.teardown(forged, store, false, DeployProgress.silent(), Duration.ZERO))
                .isInstanceOf(SafetyRefusal.class).hasMessageContaining("system namespace");
    }
}
