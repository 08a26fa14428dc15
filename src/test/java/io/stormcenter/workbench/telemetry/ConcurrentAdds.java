package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sources adding their batches to one store at once, as a collector's streams and webhook posts do. */
final class ConcurrentAdds {

    /** The batch a source adds in its turn {@code turn}. */
    @FunctionalInterface
    interface Batches {
        List<Observation> of(int source, int turn);
    }

    /** How many observations the sources' adds stored, and how many they found known. */
    record Totals(int added, int known) {
    }

    private ConcurrentAdds() {
    }

    /** Starts every source at once; each caller must hear about its own batch only. */
    static Totals run(ObservationStore store, int sources, int turns, Batches batches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sources);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Totals>> results = new ArrayList<>();
            for (int s = 0; s < sources; s++) {
                int source = s;
                results.add(pool.submit(() -> {
                    go.await();
                    int added = 0;
                    int known = 0;
                    for (int turn = 0; turn < turns; turn++) {
                        List<Observation> batch = batches.of(source, turn);
                        ObservationStore.AddResult result = store.add(batch);
                        assertThat(result.added() + result.known()).isEqualTo(batch.size());
                        added += result.added();
                        known += result.known();
                    }
                    return new Totals(added, known);
                }));
            }
            go.countDown();
            int added = 0;
            int known = 0;
            for (Future<Totals> result : results) {
                Totals totals = result.get(2, TimeUnit.MINUTES);
                added += totals.added();
                known += totals.known();
            }
            return new Totals(added, known);
        } finally {
            pool.shutdown();
        }
    }
}
