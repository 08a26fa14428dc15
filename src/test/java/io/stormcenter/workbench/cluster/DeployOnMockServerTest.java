package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
class DeployOnMockServerTest {

    static KubernetesClient client;
    static KubernetesMockServer server;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);
    private static final DeployRequest REQUEST = new DeployRequest("abc123", null, false);

    private HoneyclusterDeployer deployer;
    private final MemoryRecordStore store = new MemoryRecordStore();

    @BeforeEach
    void connect() {
        deployer = MockClusters.deployer(client, "kind-dev", CLOCK);
    }

    @Test
    void preview_of_a_fresh_plan_creates_everything_and_skips_the_tracing_policy_without_its_crd() {
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-a", "dep-a"));

        DeployPreview preview = deployer.preview(plan);

        assertThat(preview.changes()).extracting(c -> c.object().kind() + ":" + c.action()).containsExactly(
                "Namespace:CREATE", "ServiceAccount:CREATE", "Role:CREATE", "RoleBinding:CREATE", "Secret:CREATE",
                "ConfigMap:CREATE", "Deployment:CREATE", "Service:CREATE", "NetworkPolicy:CREATE",
                "TracingPolicy:SKIP");
        assertThat(preview.deployable()).isTrue();
        assertThat(preview.warnings()).anySatisfy(w -> assertThat(w)
                .contains("TracingPolicy tw-ssh-accept skipped").contains("CRD is missing"));
        assertThat(preview.warnings()).contains("exposed outside the cluster: Service honey-a/ssh-bait (NodePort)");
        assertThat(preview.sensors().tetragon()).isFalse();
        assertThat(client.namespaces().withName("honey-a").get()).as("a preview changes nothing").isNull();
    }

    @Test
    void deploy_applies_in_dependency_order_labels_everything_and_saves_the_record() {
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-b", "dep-b"));
        RecordingProgress progress = new RecordingProgress();

        DeployResult result = deployer.deploy(plan, REQUEST, store, progress);

        assertThat(result.succeeded()).isTrue();
        assertThat(progress.kindsInOrder()).containsExactly("TracingPolicy", "Namespace", "ServiceAccount", "Role",
                "RoleBinding", "Secret", "ConfigMap", "Deployment", "Service", "NetworkPolicy");
        assertThat(progress.outcomes().get(0)).startsWith("skipped: the cluster has no TracingPolicy");
        assertThat(progress.outcomes().subList(1, 10)).containsOnly("created");
        assertThat(client.secrets().inNamespace("honey-b").withName("aws-credentials").get().getMetadata().getLabels())
                .containsEntry(TestPlans.INSTANCE, "dep-b");
        assertThat(client.apps().deployments().inNamespace("honey-b").withName("ssh-bait").get()
                .getSpec().getTemplate().getMetadata().getLabels())
                .as("pods of the bait carry the deployment label").containsEntry(TestPlans.INSTANCE, "dep-b");
        assertThat(store.saved).extracting(DeploymentRecord::state)
                .containsExactly(DeploymentState.DEPLOYING, DeploymentState.DEPLOYED);
        DeploymentRecord record = store.last();
        assertThat(record.id()).isEqualTo("dep-b");
        assertThat(record.modelId()).isEqualTo(TestPlans.MODEL);
        assertThat(record.modelHash()).isEqualTo("abc123");
        assertThat(record.context()).isEqualTo("kind-dev");
        assertThat(record.server()).isEqualTo(client.getMasterUrl().toString());
        assertThat(record.namespace()).isEqualTo("honey-b");
        assertThat(record.seed()).isEqualTo(42L);
        assertThat(record.deployedAt()).isEqualTo(CLOCK.instant());
        assertThat(record.objects()).hasSize(9).first().isEqualTo(new ObjectRef("v1", "Namespace", null, "honey-b"));
    }

    @Test
    void redeploying_an_unchanged_plan_changes_nothing() {
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-c", "dep-c"));
        deployer.deploy(plan, REQUEST, store, DeployProgress.silent());
        String versionBefore = client.configMaps().inNamespace("honey-c").withName("bait-motd").get()
                .getMetadata().getResourceVersion();

        RecordingProgress again = new RecordingProgress();
        DeployResult result = deployer.deploy(deployer.prepare(TestPlans.honeyPlan("honey-c", "dep-c")), REQUEST, store,
                again);
        DeployPreview preview = deployer.preview(plan);

        assertThat(result.succeeded()).isTrue();
        assertThat(again.outcomes().subList(1, 10)).containsOnly("unchanged");
        assertThat(client.configMaps().inNamespace("honey-c").withName("bait-motd").get().getMetadata()
                .getResourceVersion()).isEqualTo(versionBefore);
        assertThat(preview.count(PlannedAction.UNCHANGED)).isEqualTo(9);
    }

    @Test
    void a_changed_object_is_planned_as_update_and_updated() {
        deployer.deploy(deployer.prepare(TestPlans.honeyPlan("honey-d", "dep-d")), REQUEST, store,
                DeployProgress.silent());
        HoneyclusterPlan changed = TestPlans.honeyPlan("honey-d", "dep-d");
        ((ConfigMap) changed.objects().stream().filter(o -> o.getKind().equals("ConfigMap")).findFirst().orElseThrow())
                .getData().put("motd", "Welcome to prod-db-02");
        DeployablePlan plan = deployer.prepare(changed);

        DeployPreview preview = deployer.preview(plan);
        RecordingProgress progress = new RecordingProgress();
        deployer.deploy(plan, REQUEST, store, progress);

        assertThat(preview.changes()).filteredOn(c -> c.action() == PlannedAction.UPDATE)
                .extracting(c -> c.object().toString()).containsExactly("ConfigMap honey-d/bait-motd");
        assertThat(progress.steps).filteredOn(s -> s.outcome().equals("updated"))
                .extracting(s -> s.object().kind()).containsExactly("ConfigMap");
        assertThat(client.configMaps().inNamespace("honey-d").withName("bait-motd").get().getData())
                .containsEntry("motd", "Welcome to prod-db-02");
    }

    @Test
    void with_the_tracing_policy_crd_installed_the_policy_is_applied_and_tetragon_reported() {
        MockClusters.installTracingPolicyCrd(client);
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-e", "dep-e"));

        DeployPreview preview = deployer.preview(plan);
        DeployResult result = deployer.deploy(plan, REQUEST, store, DeployProgress.silent());

        assertThat(preview.sensors().tetragon()).isTrue();
        assertThat(preview.changes()).filteredOn(c -> c.object().kind().equals("TracingPolicy"))
                .extracting(PlannedChange::action).containsExactly(PlannedAction.CREATE);
        assertThat(result.record().objects()).contains(new ObjectRef("cilium.io/v1alpha1", "TracingPolicy", null,
                "tw-ssh-accept"));
        assertThat(client.genericKubernetesResources("cilium.io/v1alpha1", "TracingPolicy").withName("tw-ssh-accept")
                .get().getMetadata().getLabels()).containsEntry(TestPlans.INSTANCE, "dep-e");
        MockClusters.removeTracingPolicyCrd(client);
    }

    @Test
    void a_failure_midway_stops_names_the_object_and_offers_retry_and_teardown() {
        server.expect().post().withPath("/api/v1/namespaces/honey-f/configmaps")
                .andReturn(422, MockClusters.status(422, "ConfigMap \"bait-motd\" is invalid: data: Too long")).once();
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-f", "dep-f"));
        RecordingProgress progress = new RecordingProgress();

        DeployResult failed = deployer.deploy(plan, REQUEST, store, progress);

        assertThat(failed.succeeded()).isFalse();
        DeployFailure failure = failed.failure().orElseThrow();
        assertThat(failure.object()).hasToString("ConfigMap honey-f/bait-motd");
        assertThat(failure.reason()).contains("is invalid: data: Too long");
        assertThat(failure.nextSteps()).containsExactly(DeployFailure.NextStep.RETRY, DeployFailure.NextStep.TEARDOWN);
        assertThat(failed.record().state()).isEqualTo(DeploymentState.FAILED);
        assertThat(failed.record().problem()).contains("ConfigMap honey-f/bait-motd").contains("Too long");
        assertThat(client.apps().deployments().inNamespace("honey-f").withName("ssh-bait").get())
                .as("nothing after the failed object is applied").isNull();

        RecordingProgress retry = new RecordingProgress();
        DeployResult retried = deployer.deploy(plan, REQUEST, store, retry);

        assertThat(retried.succeeded()).isTrue();
        assertThat(retry.steps).filteredOn(s -> s.outcome().equals("unchanged")).extracting(s -> s.object().kind())
                .containsExactly("Namespace", "ServiceAccount", "Role", "RoleBinding", "Secret");
        assertThat(retry.steps).filteredOn(s -> s.outcome().equals("created")).extracting(s -> s.object().kind())
                .containsExactly("ConfigMap", "Deployment", "Service", "NetworkPolicy");
    }

    @Test
    void cancelling_stops_between_objects_and_marks_the_record_failed() {
        DeployablePlan plan = deployer.prepare(TestPlans.honeyPlan("honey-g", "dep-g"));

        DeployResult result = deployer.deploy(plan, REQUEST, store, new RecordingProgress(3));

        assertThat(result.failure()).get().extracting(DeployFailure::reason).asString().contains("cancelled");
        assertThat(result.record().state()).isEqualTo(DeploymentState.FAILED);
        assertThat(client.rbac().roles().inNamespace("honey-g").withName("canary-read").get()).isNull();
    }

    @Test
    void the_confirmation_names_context_server_and_what_is_exposed() {
        DeployPreview preview = deployer.preview(deployer.prepare(TestPlans.honeyPlan("honey-h", "dep-h")));

        String text = deployer.confirmation(preview);

        assertThat(text).contains("context 'kind-dev'").contains(client.getMasterUrl().toString())
                .contains("namespace 'honey-h'").contains("Deploy 9 objects")
                .contains("exposed outside the cluster: Service honey-h/ssh-bait (NodePort)");
    }

    static List<String> kinds(List<ObjectRef> refs) {
        return refs.stream().map(ObjectRef::kind).toList();
    }
}
