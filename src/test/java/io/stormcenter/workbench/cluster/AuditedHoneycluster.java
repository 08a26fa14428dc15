package io.stormcenter.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.cli.CollectorProcess;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlantedToken;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A sample's plan deployed by the admin on the real kube-apiserver, whose audit webhook posts to a
 * running {@code ksc collect} (its receiver, its store): the loop as a user runs it, for tests that
 * then act as an attacker and read what was collected. The collector excludes the admin as the
 * workbench's own identity.
 */
final class AuditedHoneycluster implements AutoCloseable {

    final Path model;
    final HoneyclusterPlan plan;
    final Path store;
    final CollectorProcess collector;
    final LocalKubeCluster cluster;

    private AuditedHoneycluster(Path model, HoneyclusterPlan plan, Path store, CollectorProcess collector,
                                LocalKubeCluster cluster) {
        this.model = model;
        this.plan = plan;
        this.store = store;
        this.collector = collector;
        this.cluster = cluster;
    }

    static AuditedHoneycluster deploy(Path folder, String sample, long seed) throws Exception {
        Path model = Files.copy(Path.of("sample-models", sample), folder.resolve(sample));
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(),
                CompileOptions.seeded(seed));
        Path store = folder.resolve("observations.db");
        Path kubeconfig = folder.resolve("audit-webhook.kubeconfig");
        Path policy = Files.writeString(folder.resolve("audit-policy.yaml"), plan.files().get("audit-policy.yaml"));
        CollectorProcess collector = CollectorProcess.start(model, store, folder.resolve("token"), kubeconfig,
                "--seed", String.valueOf(seed), "--workbench-identity", "admin");
        LocalKubeCluster cluster;
        try {
            cluster = LocalKubeCluster.start(List.of("--audit-policy-file=" + policy,
                    "--audit-webhook-config-file=" + kubeconfig, "--audit-webhook-batch-max-wait=1s"));
        } catch (RuntimeException e) {
            collector.close();
            throw e;
        }
        AuditedHoneycluster deployed = new AuditedHoneycluster(model, plan, store, collector, cluster);
        try (ClusterSession session = deployed.adminSession()) {
            HoneyclusterDeployer deployer = new HoneyclusterDeployer(session, ApplyMethod.serverSideApply(),
                    SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, Clock.systemUTC());
            // the record goes elsewhere: collect matches against the plan of the seed, as it started with
            DeployResult result = deployer.deploy(deployer.prepare(plan), new DeployRequest("sha", null, false),
                    DeploymentRecordFile.nextTo(Files.createDirectories(folder.resolve("records")).resolve("x.json")),
                    new RecordingProgress());
            assertThat(result.failure()).isEmpty();
        } catch (Exception | AssertionError e) {
            deployed.close();
            throw e;
        }
        return deployed;
    }

    /** The token the cluster issued for a planted canary service account (what an attacker would find). */
    String issuedToken(PlantedToken planted) throws Exception {
        try (ClusterSession session = adminSession()) {
            return PlantedTokens.issued(new ClusterObjects(session), plan.namespace(), planted.tokenSecret())
                    .orElseThrow();
        }
    }

    private ClusterSession adminSession() throws Exception {
        return ClusterSession.open(Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig())),
                LocalKubeCluster.ADMIN_CONTEXT);
    }

    @Override
    public void close() throws Exception {
        try {
            cluster.close();
        } finally {
            collector.close();
        }
    }
}
