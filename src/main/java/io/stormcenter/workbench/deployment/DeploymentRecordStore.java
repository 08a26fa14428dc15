package io.stormcenter.workbench.deployment;

import java.util.Optional;

/** Where a model's deployment record lives (a file next to the model; memory in tests). */
public interface DeploymentRecordStore {

    Optional<DeploymentRecord> load();

    void save(DeploymentRecord record);
}
