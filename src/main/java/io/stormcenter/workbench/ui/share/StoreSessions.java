package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.DeployedSecrets;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sessions from the SQLite store beside the open model ({@code MODEL.observations.db}), with the default rules, and
 * the secrets of the deployment recorded beside it.
 */
public record StoreSessions(Supplier<Path> model) implements SessionSource {

    @Override
    public List<Session> sessions(AttackTree tree, TimeWindow window) throws Exception {
        Path file = model.get();
        if (file == null) {
            return List.of();
        }
        StoreLocation location = StoreLocation.besideModel(file);
        if (!Files.exists(location.sqliteFile())) {
            return List.of();
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(location)) {
            return ObservedHeat.compute(store, tree, SessionRules.defaults(List.of()), window).sessions();
        }
    }

    @Override
    public DeployedSecrets deployed(AttackTree tree) {
        Path file = model.get();
        return file == null ? DeployedSecrets.NONE : DeployedSecrets.forModel(file, tree);
    }
}
