package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.cluster.local.LocalKubeClusterExtension;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlantedToken;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bundled sample model's compiled plan on the real kube-apiserver: server-side apply, canary
 * token planted by the token controller, unchanged re-deploy, status, the canary's rights, teardown.
 */
@Tag("integration")
@ExtendWith(LocalKubeClusterExtension.class)
class SampleModelDeployIT {

    @Test
    void the_secret_theft_sample_deploys_plants_its_canary_token_and_leaves_no_trace(LocalKubeCluster cluster,
                                                                                     @TempDir Path folder)
            throws Exception {
        HoneyclusterPlan plan = SamplePlans.compiled("secret-theft.json", 11);
        PlantedToken planted = plan.plantedTokens().stream().filter(p -> p.configMap() != null).findFirst().orElseThrow();
        DeploymentRecordFile store = DeploymentRecordFile.nextTo(folder.resolve("secret-theft.json"));
        try (ClusterSession session = ClusterSession.open(Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig())),
                LocalKubeCluster.ADMIN_CONTEXT)) {
            HoneyclusterDeployer deployer = new HoneyclusterDeployer(session, ApplyMethod.serverSideApply(),
                    SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, Clock.systemUTC());
            DeployablePlan deployable = deployer.prepare(plan);

            RecordingProgress first = new RecordingProgress();
            DeployResult deployed = deployer.deploy(deployable, new DeployRequest("sha", null, false), store, first);
            assertThat(deployed.failure()).isEmpty();
            String planted1 = session.client().configMaps().inNamespace(plan.namespace()).withName(planted.configMap())
                    .get().getData().get(planted.key());
            String token = PlantedTokens.issued(new ClusterObjects(session), plan.namespace(), planted.tokenSecret())
                    .orElseThrow();
            RecordingProgress second = new RecordingProgress();
            DeployResult again = deployer.deploy(deployer.prepare(plan), new DeployRequest("sha", null, false), store,
                    second);
            DeploymentStatus status = deployer.status(again.record());
            String canary = "system:serviceaccount:" + plan.namespace() + ":" + planted.serviceAccount();
            boolean readsOwn = allowed(session, canary, "secrets", plan.namespace());
            boolean readsSystem = allowed(session, canary, "secrets", "kube-system");
            TeardownResult teardown = deployer.teardown(again.record(), store, false, DeployProgress.silent(),
                    Duration.ofSeconds(90));

            assertThat(deployed.failure()).isEmpty();
            assertThat(first.outcomes()).contains("planted the canary token of " + planted.serviceAccount()
                    + " (from Secret " + planted.tokenSecret() + ")");
            assertThat(planted1).doesNotContain(PlantedTokens.PLACEHOLDER).contains("token: " + token);
            assertThat(first.steps.toString()).doesNotContain(token);
            assertThat(Files.readString(store.file())).doesNotContain(token);
            assertThat(again.failure()).isEmpty();
            assertThat(second.outcomes()).allMatch(o -> o.equals("unchanged") || o.startsWith("skipped")
                    || o.endsWith("already planted"));
            assertThat(status.missing()).isEmpty();
            assertThat(status.pods()).isNotEmpty().allMatch(p -> !p.ready());
            assertThat(readsOwn).isTrue();
            assertThat(readsSystem).isFalse();
            assertThat(teardown.remaining()).isEmpty();
            assertThat(session.client().namespaces().withName(plan.namespace()).get()).isNull();
        }
    }

    private static boolean allowed(ClusterSession session, String user, String resource, String namespace) {
        return session.client().authorization().v1().subjectAccessReview().create(new SubjectAccessReviewBuilder()
                .withNewSpec().withUser(user).withGroups("system:serviceaccounts", "system:authenticated")
                .withNewResourceAttributes().withVerb("get").withResource(resource).withNamespace(namespace)
                .endResourceAttributes().endSpec().build()).getStatus().getAllowed();
    }
}
