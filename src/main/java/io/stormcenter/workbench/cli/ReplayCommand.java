package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.FileReplay;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.ReplaySpeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc replay MODEL FILE...}: recorded sensor events into the observation store. */
@Command(name = "replay",
        description = "Replays recorded sensor events (.jsonl, .json, .log, gzipped or not; audit, Falco, Tetragon "
                + "and Kubernetes Events, told apart by shape) into the observation store, matched against the "
                + "model's deployment, or the plan 'generate' makes with the seed when there is none. Prints per file "
                + "the events read, stored, already known, and malformed with their positions.")
final class ReplayCommand implements Callable<Integer> {

    private final ModelFiles models;

    ReplayCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Recorded events.")
    private List<Path> files;

    @Mixin
    private StoreOption store = new StoreOption();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The plan's seed when the model has no deployment (default: ${DEFAULT-VALUE}, as generate).")
    private long seed;

    @Option(names = "--workbench-identity", paramLabel = "USER",
            description = "An API user the workbench acts as (deploy, status; name or glob): its requests never count. "
                    + "Repeatable.")
    private List<String> workbenchIdentities = new ArrayList<>();

    @Option(names = "--speed", paramLabel = "X|max", defaultValue = "max",
            description = "1 for the recorded pace, 10 or x10 for ten times faster, max for as fast as possible "
                    + "(default: ${DEFAULT-VALUE}).")
    private String speed;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ReplaySpeed pace;
        try {
            pace = ReplaySpeed.parse(speed);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--speed: " + e.getMessage());
        }
        ReadResult read = models.read(model);
        ObservationMatchers.Matchers matchers = ObservationMatchers.of(model, read.tree(), seed, workbenchIdentities);
        out.println("Matching against " + matchers.origin() + "; storing in " + store.location(model).describe());
        boolean allRead = true;
        try (JdbcObservationStore observations = store.open(model)) {
            FileReplay replay = new FileReplay(new Ingestion(observations, matchers.index(), Clock.systemUTC()), pace);
            for (Path file : files) {
                try {
                    print(out, file, replay.replay(file));
                } catch (NoSuchFileException e) {
                    out.println(file + ": no such file");
                    allRead = false;
                } catch (IOException e) {
                    out.println(file + ": cannot be read (" + e.getMessage() + ")");
                    allRead = false;
                }
                out.flush();
            }
        } catch (ObservationStoreException e) {
            throw new CommandFailure(e.getMessage());
        }
        return allRead ? 0 : FailureReport.FAILED;
    }

    private static void print(PrintWriter out, Path file, BatchResult result) {
        out.println(file + ": " + result.read() + " read, " + result.stored() + " stored, " + result.known()
                + " already known, " + result.malformed().size() + " malformed; " + result.matched()
                + " fired a trip-wire");
        for (RejectedEvent rejected : result.malformed()) {
            out.println("  malformed " + rejected.describe());
        }
    }
}
