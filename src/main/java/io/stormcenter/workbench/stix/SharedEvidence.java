package io.stormcenter.workbench.stix;

import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Ids;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Others' sightings, kept apart from one's own observations: one bundle per origin in a folder beside
 * the observation store ({@code NAME.shared-sightings/}), read back as evidence labelled by origin for
 * calibration to count next to, never inside, what one's own sensors saw.
 */
public record SharedEvidence(Path folder) {

    public static final String SUFFIX = ".shared-sightings";

    /** The folder that goes with a store file (or a model, when the store is a server). */
    public static SharedEvidence beside(Path storeOrModel) {
        return new SharedEvidence(storeOrModel.resolveSibling(storeOrModel.getFileName() + SUFFIX));
    }

    /** The folder for a store: beside its SQLite file, or beside the model when the store is a server. */
    public static SharedEvidence forStore(StoreLocation store, Path model) {
        return beside(store.isSqlite() ? store.sqliteFile() : model);
    }

    /** Reads a bundle against the tree and, when it counts for anything, keeps it under its origin's name. */
    public SharedSightings add(byte[] bundle, String source, AttackTree tree, String fallbackOrigin)
            throws ModelFormatException, IOException {
        SharedSightings read = SightingsImport.read(bundle, source, tree, fallbackOrigin);
        if (read.sightings() > 0) {
            Files.createDirectories(folder);
            AtomicFileWrite.replaceWithoutBackup(fileFor(read.origin()), bundle);
        }
        return read;
    }

    /** Where an origin's bundle is kept. */
    public Path fileFor(String origin) {
        return folder.resolve(Ids.slug(origin) + StixFormat.EXTENSION);
    }

    /** Whether anyone's sightings were kept here. */
    public boolean exists() {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.anyMatch(f -> f.getFileName().toString().endsWith(StixFormat.EXTENSION));
        } catch (IOException unreadable) {
            return true; // load() will say what is wrong with it
        }
    }

    /** Every kept origin's evidence for the tree (an empty set when nothing was imported). */
    public EvidenceSet load(AttackTree tree) throws IOException {
        EvidenceSet all = EvidenceSet.empty();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(f -> f.getFileName().toString().endsWith(StixFormat.EXTENSION)).sorted().forEach(files::add);
        }
        for (Path file : files) {
            try {
                all = all.with(SightingsImport.read(Files.readAllBytes(file), file.toString(), tree,
                        file.getFileName().toString()).evidence());
            } catch (ModelFormatException damaged) {
                throw new IOException(damaged.getMessage(), damaged);
            }
        }
        return all;
    }
}
