package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.ModelFormats;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.stix.StixFormat;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading a model for a command: every way it can fail becomes a one-line {@link CommandFailure}.
 * A file is read in the format its content says (native, ADTool, STIX bundle), whatever its name.
 *
 * <p>A command line that names a model file can have it read ahead, on a background thread,
 * while picocli builds its model of the command: on a cold JVM that takes about a third of a
 * second, in which a large model is read most of the way. The command then gets that result
 * (or that failure) when it asks for the same file; anything else is read when asked.
 */
final class ModelFiles {

    /** Every format the command line reads and writes; STIX objects get the time of the run. */
    private static final ModelFormats FORMATS = StixFormat.registry(Clock.systemUTC());

    private final Path readAhead;
    private final Background<ReadResult> reading;

    private ModelFiles(Path readAhead, Background<ReadResult> reading) {
        this.readAhead = readAhead;
        this.reading = reading;
    }

    /** Reads each file when a command asks for it. */
    static ModelFiles onDemand() {
        return new ModelFiles(null, null);
    }

    /** Starts reading the first argument that names a model file (.json or .xml) ahead of the command. */
    static ModelFiles readingAhead(String[] args) {
        Optional<Path> model = firstModelFile(args);
        if (model.isEmpty()) {
            return onDemand();
        }
        return new ModelFiles(key(model.get()), Background.start("ksc-read-ahead", () -> FORMATS.read(model.get()).result()));
    }

    ReadResult read(Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + ": is a folder, not a model file");
        }
        try {
            if (reading != null && readAhead.equals(key(file))) {
                return readAheadResult();
            }
            return FORMATS.read(file).result();
        } catch (ModelFormatException malformed) {
            throw new CommandFailure(malformed.getMessage());
        } catch (NoSuchFileException missing) {
            throw new CommandFailure(file + ": no such file");
        } catch (AccessDeniedException denied) {
            throw new CommandFailure(file + ": not allowed to read it");
        } catch (IOException unreadable) {
            throw new CommandFailure(file + ": cannot be read (" + unreadable.getMessage() + ")");
        }
    }

    /** The formats files are read and written in. */
    ModelFormats formats() {
        return FORMATS;
    }

    private ReadResult readAheadResult() throws IOException, ModelFormatException {
        try {
            return reading.result();
        } catch (IOException | ModelFormatException | RuntimeException failure) {
            throw failure;
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static Optional<Path> firstModelFile(String[] args) {
        for (String arg : args) {
            String name = arg.toLowerCase(Locale.ROOT);
            if (!arg.startsWith("-") && (name.endsWith(".json") || name.endsWith(".xml"))) {
                try {
                    Path file = Path.of(arg);
                    if (Files.isRegularFile(file) && Files.isReadable(file)) {
                        return Optional.of(file);
                    }
                } catch (InvalidPathException notAPath) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
