package io.stormcenter.workbench.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a reader (or a crash) sees either the old content or the new one,
 * never half of it: the bytes go to a temporary file in the same folder, are forced to disk,
 * and the temporary file is moved over the target in one step. The previous content is kept
 * as {@code NAME.bak} (e.g. {@code model.json.bak}). When anything fails the target is untouched.
 */
public final class AtomicFileWrite {

    public static final String BACKUP_SUFFIX = ".bak";

    private AtomicFileWrite() {
    }

    /** The backup that {@link #replace} keeps next to a file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Replaces the file and keeps its previous content as {@code NAME.bak}: for models, which a
     * user would miss.
     *
     * @throws FileWriteException saying in plain words why, e.g. "the disk is full"
     */
    public static void replace(Path file, byte[] content) throws IOException {
        write(file, content, true);
    }

    /** Replaces the file without a backup: for what can be made again (exports, settings). */
    public static void replaceWithoutBackup(Path file, byte[] content) throws IOException {
        write(file, content, false);
    }

    /**
     * Replaces a file that holds a secret (a bearer token, a key store, a kubeconfig with a token),
     * without a backup: the new file is readable by its owner only before a byte is written to it.
     */
    public static void replacePrivately(Path file, byte[] content) throws IOException {
        write(file, content, false, true);
    }

    private static void write(Path file, byte[] content, boolean backup) throws IOException {
        write(file, content, backup, false);
    }

    private static void write(Path file, byte[] content, boolean backup, boolean ownerOnly) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        try {
            Path temp = newTempFile(folder, name, ".tmp");
            try {
                if (ownerOnly) {
                    ownerOnly(temp);
                } else if (Files.exists(target)) {
                    keepPermissions(target, temp);
                }
                writeAndForce(temp, content);
                if (backup && Files.exists(target)) {
                    keepBackup(target, folder, name);
                }
                move(temp, target);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            throw FileWriteException.of(target, e);
        }
        forceFolder(folder);
    }

    /**
     * A new, empty hidden file next to the target. Not Files.createTempFile: that one is always
     * owner-only (0600), and a saved model should get the permissions the user's umask gives.
     */
    private static Path newTempFile(Path folder, String name, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path candidate = folder.resolve("." + name + "." + random + suffix);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Owner read and write, nothing for anyone else (where the file system has POSIX permissions). */
    private static void ownerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A replaced file keeps its mode (e.g. group-writable in a shared repository). */
    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    private static void writeAndForce(Path path, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** The backup is itself replaced atomically, so a crash never leaves a torn .bak behind. */
    private static void keepBackup(Path target, Path folder, String name) throws IOException {
        Path temp = newTempFile(folder, name, ".bak.tmp");
        try {
            Files.copy(target, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            move(temp, backupOf(target));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network and FUSE file systems: still a rename, just without the guarantee
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is fine. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the content is already safe in the file itself
        }
    }
}
