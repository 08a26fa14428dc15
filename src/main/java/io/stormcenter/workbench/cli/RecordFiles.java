package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import java.nio.file.Path;

/** The deployment record of a model, or a one-line failure saying where it was looked for. */
final class RecordFiles {

    private RecordFiles() {
    }

    static DeploymentRecord require(Path model) {
        DeploymentRecordFile file = DeploymentRecordFile.nextTo(model);
        return file.load().orElseThrow(() -> new CommandFailure("no deployment of " + model + " is recorded (looked for "
                + file.file() + "); deploy it first: ksc deploy " + model + " --context CTX"));
    }
}
