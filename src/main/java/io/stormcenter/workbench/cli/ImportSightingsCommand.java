package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.Count;
import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.stix.SharedEvidence;
import io.stormcenter.workbench.stix.SharedSightings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc import-sightings MODEL FILE}: others' STIX sightings as evidence, kept apart under their origin. */
@Command(name = "import-sightings",
        description = "Reads a STIX 2.1 bundle of sightings (as `share` writes them, or any sender's) against the model"
                + " and keeps it beside the observation store, in STORE.shared-sightings/, as evidence labelled"
                + " 'stix: SENDER': it counts in calibration next to your own sensors' sessions, never mixed with them."
                + " Prints the sessions it counts for, per node.")
final class ImportSightingsCommand implements Callable<Integer> {

    private final ModelFiles models;

    ImportSightingsCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Parameters(index = "1", paramLabel = "FILE", description = "The STIX bundle of sightings.")
    private Path file;

    @Mixin
    private StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReadResult read = models.read(model);
        SharedEvidence shared = store.sharedEvidence(model);
        SharedSightings sightings;
        try {
            sightings = shared.add(Files.readAllBytes(file), file.toString(), read.tree(), file.getFileName().toString());
        } catch (NoSuchFileException missing) {
            throw new CommandFailure(file + ": no such file");
        } catch (ModelFormatException malformed) {
            throw new CommandFailure(malformed.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot be read or kept (" + e.getMessage() + ")");
        }
        for (String odd : sightings.oddities()) {
            spec.commandLine().getErr().println("warning: " + odd);
        }
        if (sightings.sightings() == 0) {
            out.println("Nothing in " + file.getFileName() + " counts for this model: no sighting names one of its"
                    + " steps. Nothing was kept.");
            return 0;
        }
        out.println("Kept " + shared.fileFor(sightings.origin()) + " as evidence from '" + sightings.origin() + "': "
                + Figures.count(sightings.sessions(), "session") + ", "
                + Figures.count(sightings.sightings(), "sighting") + " of this model's steps");
        for (Node node : read.tree().nodes()) {
            Count count = sightings.evidence().byOrigin(node.id()).get(sightings.origin());
            if (count != null && count.reached() > 0) {
                out.println("  " + node.id() + "  " + count.reached() + " of " + count.opportunities() + " sessions");
            }
        }
        out.flush();
        return 0;
    }
}
