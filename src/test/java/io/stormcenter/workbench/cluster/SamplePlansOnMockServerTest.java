package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;

/** The compiler's real plans go through prepare, deploy, re-deploy and teardown (mock server, no token controller). */
@EnableKubernetesMockClient(crud = true)
class SamplePlansOnMockServerTest {

    static KubernetesClient client;

    @ParameterizedTest
    @ValueSource(strings = {"ksc-kubecon-2024.json", "secret-theft.json", "container-escape.json", "cryptomining.json"})
    void a_sample_models_plan_deploys_redeploys_unchanged_and_tears_down(String sample) {
        HoneyclusterPlan plan = SamplePlans.compiled(sample, 7);
        HoneyclusterDeployer deployer = new HoneyclusterDeployer(MockClusters.session(client, "kind-dev"),
                ApplyMethod.createOrReplace(), SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED,
                Clock.systemUTC(), Duration.ZERO);
        MemoryRecordStore store = new MemoryRecordStore();
        DeployablePlan deployable = deployer.prepare(plan);

        DeployResult first = deployer.deploy(deployable, new DeployRequest("h", null, false), store,
                DeployProgress.silent());
        RecordingProgress again = new RecordingProgress();
        DeployResult second = deployer.deploy(deployable, new DeployRequest("h", null, false), store, again);
        TeardownResult teardown = deployer.teardown(second.record(), store, false, DeployProgress.silent(),
                Duration.ofSeconds(5));

        assertThat(first.failure()).isEmpty();
        assertThat(first.steps()).filteredOn(s -> s.outcome().startsWith("created")).isNotEmpty();
        assertThat(second.failure()).isEmpty();
        assertThat(again.outcomes()).allMatch(o -> o.equals("unchanged") || o.startsWith("skipped")
                || o.startsWith("canary token"));
        assertThat(first.record().objects()).first().isEqualTo(new ObjectRef("v1", "Namespace", null, plan.namespace()));
        assertThat(teardown.complete()).isTrue();
        assertThat(client.namespaces().withName(plan.namespace()).get()).isNull();
    }
}
