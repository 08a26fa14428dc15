package io.stormcenter.workbench.ui.files;

import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The autosaved copy of unsaved work. Written while the user edits, removed when the work is
 * saved or deliberately discarded; still there at the next start means the last session crashed.
 */
public final class RecoveryStore {

    private final Path dir;

    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    /** What a crashed session left: the tree, the file it belonged to (or null), when it was written. */
    public record Recovery(AttackTree tree, Path source, Instant savedAt) {
    }

    public void write(AttackTree tree, Path source) throws IOException {
        Files.createDirectories(dir);
        TreeFiles.write(tree, dir.resolve("autosave.json"));
        Properties about = new Properties();
        about.setProperty("source", source == null ? "" : source.toAbsolutePath().toString());
        about.setProperty("savedAt", Instant.now().toString());
        StringWriter text = new StringWriter();
        about.store(text, "KSC Workbench recovery copy");
        AtomicFileWrite.replaceWithoutBackup(dir.resolve("autosave.properties"),
                text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Optional<Recovery> find() {
        Path tree = dir.resolve("autosave.json");
        Path about = dir.resolve("autosave.properties");
        if (!Files.isRegularFile(tree) || !Files.isRegularFile(about)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(about, StandardCharsets.UTF_8)) {
            Properties props = new Properties();
            props.load(in);
            String source = props.getProperty("source", "");
            Instant at = Instant.parse(props.getProperty("savedAt", Instant.EPOCH.toString()));
            return Optional.of(new Recovery(TreeFiles.read(tree).tree(), source.isEmpty() ? null : Path.of(source), at));
        } catch (IOException | ModelFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void discard() {
        try {
            Files.deleteIfExists(dir.resolve("autosave.json"));
            Files.deleteIfExists(dir.resolve("autosave.properties"));
        } catch (IOException e) {
            // a stale recovery copy is offered once more at the next start; nothing is lost
        }
    }
}
