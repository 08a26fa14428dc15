package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.cluster.local.LocalKubeClusterExtension;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole life of a honeycluster against a real kube-apiserver 1.20 (+ controller manager, no
 * scheduler): test connection, dry run, server-side apply, unchanged re-deploy, status with
 * Pending pods, the canary's RBAC, teardown until nothing labelled remains. Steps build on each
 * other, so they run in order on one deployment.
 */
@Tag("integration")
@ExtendWith(LocalKubeClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HoneyclusterDeployIT {

    private static final String NAMESPACE = "honey-it";
    private static final String DEPLOYMENT = "dep-it";

    private LocalKubeCluster cluster;
    private ClusterSession session;
    private HoneyclusterDeployer deployer;
    private DeploymentRecordFile store;

    @BeforeAll
    void connect(LocalKubeCluster cluster, @TempDir Path folder) {
        this.cluster = cluster;
        Kubeconfig kubeconfig = Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig()));
        session = ClusterSession.open(kubeconfig, LocalKubeCluster.ADMIN_CONTEXT);
        deployer = new HoneyclusterDeployer(session, ApplyMethod.serverSideApply(), SafetyPolicy.defaults(),
                AuditEventLookup.NOT_COLLECTED, Clock.systemUTC());
        store = DeploymentRecordFile.nextTo(folder.resolve("model.json"));
    }

    @AfterAll
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private DeployablePlan plan() {
        return deployer.prepare(TestPlans.honeyPlan(NAMESPACE, DEPLOYMENT));
    }

    @Test
    @Order(1)
    void test_connection_reports_the_version_and_that_the_admin_may_do_everything() {
        ConnectionReport report = deployer.testConnection(plan());

        assertThat(report.serverVersion()).isEqualTo("v1.20.2");
        assertThat(report.access()).isNotEmpty().allMatch(a -> Boolean.TRUE.equals(a.allowed()));
        assertThat(report.sufficient()).isTrue();
    }

    @Test
    @Order(2)
    void test_connection_lists_what_a_user_without_rights_may_not_do() {
        Kubeconfig kubeconfig = Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig()));
        try (ClusterSession viewer = ClusterSession.open(kubeconfig, LocalKubeCluster.VIEWER_CONTEXT)) {
            HoneyclusterDeployer asViewer = new HoneyclusterDeployer(viewer, ApplyMethod.serverSideApply(),
                    SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, Clock.systemUTC());

            ConnectionReport report = asViewer.testConnection(asViewer.prepare(TestPlans.honeyPlan(NAMESPACE, DEPLOYMENT)));

            assertThat(report.sufficient()).isFalse();
            assertThat(report.describeMissing()).contains(
                    "may not get, create, patch, list, delete namespaces (cluster-wide) (needed for Namespace objects)",
                    "may not get, create, patch, list, delete secrets in namespace honey-it (needed for Secret objects)",
                    "may not list daemonsets.apps (cluster-wide) (optional: finding a Falco DaemonSet)");
        }
    }

    @Test
    @Order(3)
    void dry_run_of_a_fresh_plan_creates_all_and_skips_the_tracing_policy() {
        DeployPreview preview = deployer.preview(plan());

        assertThat(preview.dryRunOnServer()).isTrue();
        assertThat(preview.changes()).extracting(c -> c.object().kind() + ":" + c.action()).containsExactly(
                "Namespace:CREATE", "ServiceAccount:CREATE", "Role:CREATE", "RoleBinding:CREATE", "Secret:CREATE",
                "ConfigMap:CREATE", "Deployment:CREATE", "Service:CREATE", "NetworkPolicy:CREATE",
                "TracingPolicy:SKIP");
        assertThat(preview.sensors().tetragon()).isFalse();
        assertThat(preview.sensors().falco()).isFalse();
        assertThat(session.client().namespaces().withName(NAMESPACE).get()).isNull();
    }

    @Test
    @Order(4)
    void deploy_applies_with_server_side_apply_and_field_manager_ksc_workbench() {
        RecordingProgress progress = new RecordingProgress();

        DeployResult result = deployer.deploy(plan(), new DeployRequest("sha", null, false), store, progress);

        assertThat(result.failure()).isEmpty();
        assertThat(progress.outcomes()).containsExactly("skipped: " + DeployPlanner.missingKind(
                        new ObjectRef("cilium.io/v1alpha1", "TracingPolicy", null, "tw-ssh-accept")),
                "created", "created", "created", "created", "created", "created", "created", "created", "created");
        var secret = session.client().secrets().inNamespace(NAMESPACE).withName("aws-credentials").get();
        assertThat(secret.getMetadata().getManagedFields()).extracting(f -> f.getManager() + "/" + f.getOperation())
                .contains("kubectl/Apply");
        assertThat(store.load()).get().extracting(DeploymentRecord::state).isEqualTo(DeploymentState.DEPLOYED);
    }

    @Test
    @Order(5)
    void redeploying_unchanged_changes_no_object() {
        Map<String, String> before = resourceVersions();
        RecordingProgress progress = new RecordingProgress();

        DeployResult result = deployer.deploy(plan(), new DeployRequest("sha", null, false), store, progress);
        DeployPreview preview = deployer.preview(plan());

        assertThat(result.failure()).isEmpty();
        assertThat(progress.outcomes().subList(1, 10)).containsOnly("unchanged");
        assertThat(resourceVersions()).isEqualTo(before);
        assertThat(preview.count(PlannedAction.UNCHANGED)).isEqualTo(9);
    }

    private Map<String, String> resourceVersions() {
        Map<String, String> versions = new TreeMap<>();
        ClusterObjects objects = new ClusterObjects(session);
        for (ObjectRef ref : store.load().orElseThrow().objects()) {
            versions.put(ref.toString(), objects.metadata(ref).orElseThrow().getResourceVersion());
        }
        return versions;
    }

    @Test
    @Order(6)
    void an_object_the_server_rejects_is_reported_by_the_dry_run_and_stops_the_deploy_before_any_write() {
        HoneyclusterPlan good = TestPlans.honeyPlan(NAMESPACE, DEPLOYMENT);
        List<HasMetadata> objects = new ArrayList<>(good.objects());
        objects.add(new ConfigMapBuilder().withNewMetadata().withName("Not_A_Valid_Name").withNamespace(NAMESPACE)
                .endMetadata().addToData("a", "b").build());
        objects.add(new ConfigMapBuilder().withNewMetadata().withName("would-be-new").withNamespace(NAMESPACE)
                .endMetadata().addToData("a", "b").build());
        DeployablePlan bad = deployer.prepare(new HoneyclusterPlan(good.modelId(), DEPLOYMENT, NAMESPACE, good.seed(),
                objects));

        DeployPreview preview = deployer.preview(bad);
        DeployResult result = deployer.deploy(bad, new DeployRequest("sha", null, false), new MemoryRecordStore(),
                DeployProgress.silent());

        assertThat(preview.blocking()).singleElement().satisfies(c -> {
            assertThat(c.object().name()).isEqualTo("Not_A_Valid_Name");
            assertThat(c.action()).isEqualTo(PlannedAction.INVALID);
            assertThat(c.note()).contains("invalid").contains("Not_A_Valid_Name");
        });
        assertThat(result.failure()).get().satisfies(f -> {
            assertThat(f.object().name()).isEqualTo("Not_A_Valid_Name");
            assertThat(f.reason()).startsWith("rejected by the server's dry run");
        });
        assertThat(session.client().configMaps().inNamespace(NAMESPACE).withName("would-be-new").get()).isNull();
    }

    @Test
    @Order(7)
    void status_reports_every_object_present_and_the_bait_pod_pending_without_a_scheduler() throws InterruptedException {
        DeploymentRecord record = store.load().orElseThrow();
        DeploymentStatus status = deployer.status(record);
        Instant deadline = Instant.now().plusSeconds(60);
        while (status.pods().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000); // the controller manager makes the replica set, then the pod
            status = deployer.status(record);
        }

        assertThat(status.objects()).hasSize(9).allMatch(ObjectStatus::present);
        assertThat(status.objects()).filteredOn(o -> o.object().kind().equals("Deployment"))
                .extracting(ObjectStatus::note).containsExactly("0/1 ready");
        assertThat(status.pods()).singleElement().satisfies(pod -> {
            assertThat(pod.name()).startsWith("ssh-bait-");
            assertThat(pod.phase()).isEqualTo("Pending");
            assertThat(pod.ready()).isFalse();
            assertThat(pod.reason()).startsWith("not scheduled");
        });
        assertThat(status.lastAuditEvent()).isEqualTo("not collected yet");
    }

    @Test
    @Order(8)
    void the_canary_service_account_may_read_only_its_own_honey_namespace() {
        String canary = "system:serviceaccount:" + NAMESPACE + ":canary";

        assertThat(allowed(canary, "get", "secrets", NAMESPACE)).isTrue();
        assertThat(allowed(canary, "list", "pods", NAMESPACE)).isTrue();
        assertThat(allowed(canary, "create", "pods", NAMESPACE)).isFalse();
        assertThat(allowed(canary, "get", "secrets", "kube-system")).isFalse();
        assertThat(allowed(canary, "get", "secrets", "default")).isFalse();
        assertThat(allowed(canary, "list", "namespaces", null)).isFalse();
    }

    private boolean allowed(String user, String verb, String resource, String namespace) {
        SubjectAccessReview review = new SubjectAccessReviewBuilder().withNewSpec().withUser(user)
                .withGroups("system:serviceaccounts", "system:serviceaccounts:" + NAMESPACE, "system:authenticated")
                .withNewResourceAttributes().withVerb(verb).withResource(resource).withNamespace(namespace)
                .endResourceAttributes().endSpec().build();
        return session.client().authorization().v1().subjectAccessReview().create(review).getStatus().getAllowed();
    }

    @Test
    @Order(9)
    void records_and_failure_messages_never_hold_the_token() throws Exception {
        String recordText = Files.readString(store.file());
        Kubeconfig kubeconfig = Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig()));
        String viewerFailure;
        try (ClusterSession viewer = ClusterSession.open(kubeconfig, LocalKubeCluster.VIEWER_CONTEXT)) {
            HoneyclusterDeployer asViewer = new HoneyclusterDeployer(viewer, ApplyMethod.serverSideApply(),
                    SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, Clock.systemUTC());
            DeployResult refused = asViewer.deploy(asViewer.prepare(TestPlans.honeyPlan("honey-viewer", "dep-v")),
                    new DeployRequest("sha", null, false), new MemoryRecordStore(), DeployProgress.silent());
            viewerFailure = refused.failure().orElseThrow().toString();
        }

        assertThat(recordText).contains(cluster.server()).doesNotContain(cluster.adminToken())
                .doesNotContain("BEGIN CERTIFICATE");
        assertThat(viewerFailure).contains("forbidden").doesNotContain(cluster.viewerToken());
    }

    @Test
    @Order(10)
    void teardown_removes_everything_labelled_and_waits_for_the_namespace_to_go() {
        DeploymentRecord record = store.load().orElseThrow();

        TeardownResult result = deployer.teardown(record, store, false, DeployProgress.silent(), Duration.ofSeconds(90));

        assertThat(result.remaining()).isEmpty();
        assertThat(result.record().state()).isEqualTo(DeploymentState.TORN_DOWN);
        assertThat(session.client().namespaces().withName(NAMESPACE).get()).isNull();
        String selector = TestPlans.INSTANCE + "=" + DEPLOYMENT;
        assertThat(session.client().pods().inAnyNamespace().withLabelSelector(selector).list().getItems()).isEmpty();
        assertThat(session.client().apps().replicaSets().inAnyNamespace().withLabelSelector(selector).list().getItems())
                .isEmpty();
        assertThat(session.client().secrets().inAnyNamespace().withLabelSelector(selector).list().getItems()).isEmpty();
        assertThat(session.client().rbac().roleBindings().inAnyNamespace().withLabelSelector(selector).list().getItems())
                .isEmpty();
        assertThat(store.load()).get().extracting(DeploymentRecord::state).isEqualTo(DeploymentState.TORN_DOWN);
    }

    @Test
    @Order(11)
    void an_unknown_context_is_an_error_not_a_fallback() {
        Kubeconfig kubeconfig = Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig()));

        assertThatThrownBy(() -> ClusterSession.open(kubeconfig, "local-admni"))
                .isInstanceOf(ClusterException.class)
                .hasMessageContaining("no context 'local-admni'").hasMessageContaining("known: local-admin, local-viewer");
    }
}
