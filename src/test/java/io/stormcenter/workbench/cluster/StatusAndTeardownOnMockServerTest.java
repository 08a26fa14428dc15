package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentState;
import io.stormcenter.workbench.deployment.ObjectRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
class StatusAndTeardownOnMockServerTest {

    static KubernetesClient client;

    private HoneyclusterDeployer deployer;
    private final MemoryRecordStore store = new MemoryRecordStore();

    @BeforeEach
    void connect() {
        deployer = MockClusters.deployer(client, "kind-dev", Clock.systemUTC());
    }

    private DeploymentRecord deployed(String namespace, String id) {
        return deployer.deploy(deployer.prepare(TestPlans.honeyPlan(namespace, id)),
                new DeployRequest("hash", null, false), store, DeployProgress.silent()).record();
    }

    private static Pod pendingPod(String namespace, String id, String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .addToLabels(TestPlans.INSTANCE, id).endMetadata()
                .withNewSpec().addNewContainer().withName("sshd").withImage("bait").endContainer().endSpec()
                .withNewStatus().withPhase("Pending").endStatus().build();
    }

    @Test
    void status_lists_every_object_present_and_says_why_pods_are_not_ready() {
        DeploymentRecord record = deployed("honey-s", "dep-s");
        client.pods().inNamespace("honey-s").resource(pendingPod("honey-s", "dep-s", "ssh-bait-1")).create();
        Pod pulling = new PodBuilder(pendingPod("honey-s", "dep-s", "ssh-bait-2")).editSpec().withNodeName("node-1")
                .endSpec().editStatus().addNewContainerStatus().withName("sshd").withNewState().withNewWaiting()
                .withReason("ImagePullBackOff").withMessage("Back-off pulling image \"bait\"").endWaiting().endState()
                .endContainerStatus().endStatus().build();
        client.pods().inNamespace("honey-s").resource(pulling).create();

        DeploymentStatus status = deployer.status(record);

        assertThat(status.objects()).hasSize(9).allMatch(ObjectStatus::present);
        assertThat(status.summary()).isEqualTo("9/9 objects present, 0/2 pods ready");
        assertThat(status.pods()).extracting(PodReadiness::toString).containsExactlyInAnyOrder(
                "ssh-bait-1: Pending (not scheduled: no node assigned yet (is a scheduler running?))",
                "ssh-bait-2: Pending (sshd ImagePullBackOff: Back-off pulling image \"bait\")");
        assertThat(status.lastAuditEvent()).isEqualTo("not collected yet");
        assertThat(status.sensors().summary()).contains("no TracingPolicy CRD").contains("no Falco DaemonSet");
    }

    @Test
    void status_reports_a_deleted_object_as_missing_and_reads_the_audit_hook() {
        DeploymentRecord record = deployed("honey-m", "dep-m");
        client.configMaps().inNamespace("honey-m").withName("bait-motd").delete();
        Instant heard = Instant.parse("2026-11-27T05:00:00Z");
        AuditEventLookup audit = new AuditEventLookup() {
            @Override
            public boolean collecting() {
                return true;
            }

            @Override
            public Optional<Instant> lastEvent(String deploymentId) {
                return deploymentId.equals("dep-m") ? Optional.of(heard) : Optional.empty();
            }
        };
        HoneyclusterDeployer withAudit = new HoneyclusterDeployer(MockClusters.session(client, "kind-dev"),
                ApplyMethod.createOrReplace(), SafetyPolicy.defaults(), audit, Clock.systemUTC());

        DeploymentStatus status = withAudit.status(record);

        assertThat(status.missing()).extracting(o -> o.object().toString()).containsExactly("ConfigMap honey-m/bait-motd");
        assertThat(status.lastAuditEvent()).isEqualTo("2026-11-27T05:00:00Z");
    }

    @Test
    void teardown_deletes_every_labelled_object_and_marks_the_record_torn_down() {
        DeploymentRecord record = deployed("honey-t", "dep-t");
        client.pods().inNamespace("honey-t").resource(pendingPod("honey-t", "dep-t", "ssh-bait-1")).create();
        RecordingProgress progress = new RecordingProgress();

        TeardownResult result = deployer.teardown(record, store, false, progress, Duration.ofSeconds(5));

        assertThat(result.complete()).isTrue();
        assertThat(result.deleted()).hasSize(10).contains(new ObjectRef("v1", "Pod", "honey-t", "ssh-bait-1"));
        assertThat(progress.kindsInOrder()).as("reverse apply order, namespace last").endsWith("Namespace")
                .startsWith("NetworkPolicy", "Service", "Deployment");
        assertThat(client.configMaps().inNamespace("honey-t").withName("bait-motd").get()).isNull();
        assertThat(client.namespaces().withName("honey-t").get()).isNull();
        assertThat(result.record().state()).isEqualTo(DeploymentState.TORN_DOWN);
        assertThat(store.last().state()).isEqualTo(DeploymentState.TORN_DOWN);
    }

    @Test
    void teardown_reports_what_remains_when_it_does_not_go_away() {
        DeploymentRecord record = deployed("honey-r", "dep-r");
        // a pod no one deletes (on a real cluster its controller or the namespace would)
        client.pods().inNamespace("honey-x").resource(pendingPod("honey-x", "dep-r", "stray")).create();

        TeardownResult result = deployer.teardown(record, store, false, DeployProgress.silent(), Duration.ofMillis(600));

        assertThat(result.complete()).isFalse();
        assertThat(result.remaining()).containsExactly("Pod honey-x/stray");
        assertThat(result.record().state()).isEqualTo(DeploymentState.TEARDOWN_INCOMPLETE);
        assertThat(result.record().problem()).contains("Pod honey-x/stray");
    }
}
