package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.kube.ClusterSession;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the commands on a deployed model share: the model, its record, and the cluster it went to. */
final class DeployedModel {

    @Parameters(index = "0", paramLabel = "MODEL", description = "The deployed model file.")
    Path model;

    @Option(names = "--context", paramLabel = "CTX", description = "The context (default: the one deployed to).")
    String context;

    DeploymentRecord record() {
        return RecordFiles.require(model);
    }

    /** A session on the recorded cluster: the options' kubeconfig and context win over the record's. */
    ClusterSession open(ClusterOptions cluster, DeploymentRecord record) {
        return ClusterOptions.open(cluster.location(record.kubeconfig()), context != null ? context : record.context());
    }
}
