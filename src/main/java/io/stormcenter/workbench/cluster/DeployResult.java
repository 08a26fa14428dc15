package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import java.util.List;
import java.util.Optional;

/** The outcome of a deploy: the record as saved, each object's step, and the failure if it stopped. */
public record DeployResult(DeploymentRecord record, List<ProgressStep> steps, Optional<DeployFailure> failure) {

    public DeployResult {
        steps = List.copyOf(steps);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    public long count(String outcome) {
        return steps.stream().filter(s -> s.outcome().startsWith(outcome)).count();
    }
}
