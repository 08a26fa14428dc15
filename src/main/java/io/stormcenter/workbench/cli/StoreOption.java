package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.stix.SharedEvidence;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store S}: where observations are kept (default {@code MODEL.observations.db} beside the model). */
final class StoreOption {

    @Option(names = "--store", paramLabel = "S",
            description = "The observation store: a SQLite file, or a JDBC URL such as "
                    + "jdbc:postgresql://host/db?user=ksc (default: MODEL.observations.db beside the model).")
    String store;

    StoreLocation location(Path model) {
        try {
            return store == null ? StoreLocation.besideModel(model) : StoreLocation.parse(store);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--store: " + e.getMessage());
        }
    }

    /** Whether there is anything to read: a SQLite file that does not exist holds no observations. */
    boolean exists(Path model) {
        StoreLocation location = location(model);
        return !location.isSqlite() || Files.exists(location.sqliteFile());
    }

    /**
     * Where others' sightings are kept for this store, so that import-sightings and every command that
     * calibrates agree: beside the SQLite file, or beside the model when the store is a server.
     */
    SharedEvidence sharedEvidence(Path model) {
        return SharedEvidence.forStore(location(model), model);
    }

    JdbcObservationStore open(Path model) {
        try {
            return JdbcObservationStore.open(location(model));
        } catch (ObservationStoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
