package io.stormcenter.workbench.ui.background;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A real thread in the FX thread's role, for tests of background work without a screen: view
 * models' properties change on it, and tests read them on it. Closing it stops it.
 */
public final class FxStandIn implements AutoCloseable {

    // the one thread of the executor below, once it started
    private volatile Thread own;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fx-stand-in");
        t.setDaemon(true);
        own = t;
        return t;
    });

    /** Whether the caller runs on the stand-in thread: the test's Platform.isFxApplicationThread(). */
    public boolean isCurrentThread() {
        return Thread.currentThread() == own;
    }

    public void execute(Runnable task) {
        thread.execute(task);
    }

    /** Runs on the stand-in thread and returns what it computed. */
    public <T> T call(Callable<T> read) throws Exception {
        return thread.submit(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits (bounded) until {@code condition}, evaluated on the stand-in thread, holds. */
    public void awaitTrue(BooleanSupplier condition, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + atMost);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
