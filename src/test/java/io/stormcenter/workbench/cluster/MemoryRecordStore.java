package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A record store in memory that keeps every version saved, so tests can see the order of saves. */
final class MemoryRecordStore implements DeploymentRecordStore {

    final List<DeploymentRecord> saved = new ArrayList<>();

    @Override
    public Optional<DeploymentRecord> load() {
        return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
    }

    @Override
    public void save(DeploymentRecord record) {
        saved.add(record);
    }

    DeploymentRecord last() {
        return saved.get(saved.size() - 1);
    }
}
