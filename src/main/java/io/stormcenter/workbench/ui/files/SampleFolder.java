package io.stormcenter.workbench.ui.files;

import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the window finds the sample models and the demo capture. In a checkout they are the
 * {@code sample-models} folder the workbench runs in (the README's start command opens one of
 * them), used as they are. Started from anywhere else, the copies the jar carries (the build puts
 * {@code sample-models} on the class path) are unpacked into the workbench's home and used from
 * there. Either way a sample opens as an untitled copy, so nothing writes back into the folder.
 */
public final class SampleFolder {

    /** The folder's name beside a checkout, on the class path, and in the workbench's home. */
    public static final String NAME = "sample-models";

    private SampleFolder() {
    }

    /**
     * The checkout's folder under {@code workingDir} when it holds models, otherwise the bundled
     * samples unpacked into {@code home}; empty when neither is there (a build without them) or
     * they cannot be unpacked (the start page then says it found no samples).
     */
    public static Optional<Path> locate(Path workingDir, WorkbenchHome home) {
        Path checkout = workingDir.resolve(NAME);
        if (!models(checkout).isEmpty()) {
            return Optional.of(checkout);
        }
        try {
            return unpackBundled(home.dir().resolve(NAME));
        } catch (IOException | URISyntaxException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The model files of a folder ({@code *.json}), by name; none when it is not a folder. */
    public static List<Path> models(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Copies each bundled file into {@code target} unless an identical copy is there already. */
    static Optional<Path> unpackBundled(Path target) throws IOException, URISyntaxException {
        URL bundled = SampleFolder.class.getResource("/" + NAME);
        if (bundled == null) {
            return Optional.empty();
        }
        URI uri = bundled.toURI();
        if (!"jar".equals(uri.getScheme())) {
            copyFiles(Path.of(uri), target); // classes on disk (a build run from its classes folder)
            return Optional.of(target);
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            copyFiles(jar.provider().getPath(uri), target);
        } catch (FileSystemAlreadyExistsException openElsewhere) {
            copyFiles(FileSystems.getFileSystem(uri).provider().getPath(uri), target);
        }
        return Optional.of(target);
    }

    private static void copyFiles(Path from, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                Path copy = target.resolve(file.getFileName().toString());
                // a newer jar's samples replace the older ones; an unchanged sample is not written again
                if (!Files.isRegularFile(copy) || !Arrays.equals(Files.readAllBytes(copy), content)) {
                    AtomicFileWrite.replaceWithoutBackup(copy, content);
                }
            }
        }
    }
}
