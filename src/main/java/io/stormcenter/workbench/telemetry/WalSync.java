package io.stormcenter.workbench.telemetry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Makes a SQLite store's commits durable off the committing thread. The store commits with
 * {@code synchronous=NORMAL}: SQLite appends the transaction to its write-ahead log but does not
 * wait for the disk, so the store's lock is held for the writing only and the committing source
 * goes back to reading. This thread then syncs the log file (one sync for every commit made since
 * the last) and only then completes those batches, so nothing is acknowledged before it would
 * survive a power cut, as with {@code synchronous=FULL}. SQLite still syncs the log before, and the
 * database after, each checkpoint itself.
 */
final class WalSync {

    /** A committed batch and what its commit did, to complete once the log is on disk. */
    private record Committed(PendingAdd pending, ObservationStore.AddResult result) {
    }

    /** What is synced: the log file, or in a test a stand-in. */
    interface Log {
        void sync() throws IOException;

        void close();

        String name();
    }

    private static final Committed STOP = new Committed(null, null);

    private final Log log;
    private final String store;
    private final LinkedBlockingQueue<Committed> committed = new LinkedBlockingQueue<>();
    private final Thread thread;

    WalSync(Path database, String store) {
        this(new LogFile(database.resolveSibling(database.getFileName() + "-wal")), store);
    }

    WalSync(Log log, String store) {
        this.log = log;
        this.store = store;
        this.thread = new Thread(this::run, "observation-store-sync");
        thread.setDaemon(true);
        thread.start();
    }

    /** The batch is committed (its transaction is in the log); it completes once the log is synced. */
    void committed(PendingAdd pending, ObservationStore.AddResult result) {
        committed.add(new Committed(pending, result));
    }

    /** Completes what was committed before, then ends the thread. */
    void close() {
        committed.add(STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Committed> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(committed.take());
            } catch (InterruptedException e) {
                stopping = true;
            }
            committed.drainTo(batch);
            stopping |= batch.remove(STOP);
            if (batch.isEmpty()) {
                continue;
            }
            ObservationStoreException failure = sync();
            for (Committed one : batch) {
                if (failure == null) {
                    one.pending().succeed(one.result());
                } else {
                    one.pending().fail(failure);
                }
            }
            batch.clear();
        }
        log.close();
    }

    /** Syncs the log; null when it is on disk. */
    private ObservationStoreException sync() {
        try {
            log.sync();
            return null;
        } catch (IOException | RuntimeException e) {
            return new ObservationStoreException("cannot make the observations committed to " + store
                    + " durable (syncing " + log.name() + ": " + e.getMessage() + "); they are not acknowledged,"
                    + " and a redelivery adds them once", e);
        }
    }

    /** SQLite's write-ahead log, synced through a handle of its own (a file is synced whichever handle wrote it). */
    private static final class LogFile implements Log {

        private final Path path;
        private FileChannel channel;

        LogFile(Path path) {
            this.path = path;
        }

        @Override
        public void sync() throws IOException {
            try {
                if (channel == null) {
                    // write access: some systems flush a file only through a handle that may write it
                    channel = FileChannel.open(path, StandardOpenOption.WRITE);
                }
                channel.force(false);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // only a handle for syncing
                }
                channel = null;
            }
        }

        @Override
        public String name() {
            return path.getFileName().toString();
        }
    }
}
