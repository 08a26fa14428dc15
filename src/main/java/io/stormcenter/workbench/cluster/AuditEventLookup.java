package io.stormcenter.workbench.cluster;

import java.time.Instant;
import java.util.Optional;

/**
 * Where status learns when the last audit event of a deployment arrived. Telemetry implements it
 * once it collects audit events; until then status says "not collected yet".
 */
public interface AuditEventLookup {

    AuditEventLookup NOT_COLLECTED = new AuditEventLookup() {
        @Override
        public boolean collecting() {
            return false;
        }

        @Override
        public Optional<Instant> lastEvent(String deploymentId) {
            return Optional.empty();
        }
    };

    /** False while nothing collects audit events for this workbench. */
    boolean collecting();

    /** The arrival time of the newest audit event of the deployment, empty when none arrived. */
    Optional<Instant> lastEvent(String deploymentId);
}
