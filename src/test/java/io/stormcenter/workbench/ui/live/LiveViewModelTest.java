package io.stormcenter.workbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Live panel's view model without a screen: a single thread stands in for the FX thread and
 * counts how often it is asked to run something; the collection is a real ingestion over a real
 * store, fed by a source thread at a steady rate.
 */
class LiveViewModelTest {

    @TempDir
    Path folder;

    private final ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
    private final AtomicInteger fxCalls = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThreads() {
        fxThread.shutdownNow();
        timer.shutdownNow();
        worker.shutdownNow();
    }

    private LiveViewModel model(RunningCollection.Starter starter) {
        java.util.concurrent.Executor fx = task -> {
            fxCalls.incrementAndGet();
            fxThread.execute(task);
        };
        return new LiveViewModel(starter, TaskLane.immediate(worker, fx), timer, fx, 250);
    }

    /** Waits until the condition holds on the fake FX thread (at most 60 s). */
    private void await(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (fxThread.submit(condition::getAsBoolean).get()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not within 60 s");
    }

    private <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return fxThread.submit(read).get();
    }

    @Test
    void a_thousand_events_a_second_reach_the_window_in_a_few_updates_a_second_newest_first() throws Exception {
        // given a source that sends 2,500 audit events at 1,000 a second
        PacedCollection[] started = new PacedCollection[1];
        RunningCollection.Starter paced = PacedCollection.starter(folder, 1_000, 2_500, false);
        LiveViewModel model = model((request, listener, statuses) -> {
            started[0] = (PacedCollection) paced.start(request, listener, statuses);
            return started[0];
        });

        // when the panel starts collecting and the source has sent everything
        fxThread.submit(() -> model.start(folder.resolve("secret-theft.json"), null)).get();
        await(() -> model.runningProperty().get());
        int callsAtStart = fxCalls.get();
        long start = System.nanoTime();
        started[0].awaitSent();
        double seconds = (System.nanoTime() - start) / 1e9;
        await(() -> model.totalsProperty().get().startsWith("2,500 events"));
        int updates = fxCalls.get() - callsAtStart;

        // then the FX thread was asked about four times a second, not a thousand
        assertThat(updates).isLessThanOrEqualTo((int) Math.ceil(seconds * 4) + 4);
        // the feed keeps the newest 1,000, newest first
        List<ObservationRow> rows = onFx(() -> List.copyOf(model.observations()));
        assertThat(rows).hasSize(LiveViewModel.FEED_SIZE);
        assertThat(rows.get(0).observation().dedupKey()).isEqualTo("audit:a-2499:ResponseComplete");
        assertThat(rows.get(999).observation().dedupKey()).isEqualTo("audit:a-1500:ResponseComplete");
        // and the counts say what each event counted for: 500 attacker reads, 500 kubelet reads excluded
        assertThat(onFx(() -> List.copyOf(model.counts()))).containsExactly(
                new LiveViewModel.Count("sensor", "audit", 2_500), new LiveViewModel.Count("outcome", "counted", 500),
                new LiveViewModel.Count("outcome", "excluded", 500),
                new LiveViewModel.Count("outcome", "unmatched", 1_500));
        assertThat(onFx(() -> List.copyOf(model.sources()))).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(SourceStatus.State.RUNNING);
            assertThat(s.events()).isEqualTo(2_500);
        });

        fxThread.submit(model::stop).get();
        await(() -> !model.runningProperty().get());
        assertThat(onFx(() -> model.headerProperty().get()))
                .isEqualTo("Stopped: 2500 events, 2500 stored, 500 matched, 0 rejected.");
        assertThat(onFx(() -> model.rateProperty().get())).isEqualTo("0 events/s");
    }

    @Test
    void the_feed_is_filtered_by_source_trip_wire_and_node() throws Exception {
        // given 50 events stored and shown
        RunningCollection.Starter paced = PacedCollection.starter(folder, 10_000, 50, false);
        LiveViewModel model = model(paced);
        fxThread.submit(() -> model.start(folder.resolve("secret-theft.json"), null)).get();
        await(() -> model.observations().size() == 50);
        String tripwire = PacedCollection.honeytokenEntry().tripwireId();
        String node = PacedCollection.honeytokenEntry().nodeId();

        // when the feed is filtered by the honeytoken's trip-wire, then by its node, then by another source
        int byTripwire = onFx(() -> {
            model.tripwireFilterProperty().set(tripwire.substring(0, tripwire.length() - 1).toUpperCase());
            return model.shownObservations().size();
        });
        List<String> outcomes = onFx(() -> model.shownObservations().stream().map(ObservationRow::outcome)
                .distinct().sorted().toList());
        int byNode = onFx(() -> {
            model.tripwireFilterProperty().set("");
            model.nodeFilterProperty().set(node);
            return model.shownObservations().size();
        });
        int tetragonOnly = onFx(() -> {
            model.nodeFilterProperty().set("");
            model.sourceFilterProperty().set("tetragon");
            return model.shownObservations().size();
        });
        int all = onFx(() -> {
            model.sourceFilterProperty().set(LiveViewModel.ALL_SOURCES);
            return model.shownObservations().size();
        });

        // then the honeytoken's reads (by the attacker, and by the kubelet, excluded) are what is left
        assertThat(byTripwire).isEqualTo(20);
        assertThat(outcomes).containsExactly("counted", "excluded");
        assertThat(byNode).isEqualTo(20);
        assertThat(tetragonOnly).isZero();
        assertThat(all).isEqualTo(50);
        fxThread.submit(model::stop).get();
        await(() -> !model.runningProperty().get());
    }

    @Test
    void a_collection_that_cannot_start_says_why_and_is_not_running() throws Exception {
        // given a starter that fails as the real one does for a model never deployed
        LiveViewModel model = model((request, listener, statuses) -> {
            throw new IllegalArgumentException("the model has no deployment: deploy it first (Deploy panel), "
                    + "or collect from the receiver or Kafka");
        });

        // when Start is pressed
        fxThread.submit(() -> model.start(folder.resolve("m.json"), null)).get();
        await(() -> !model.errorProperty().get().isEmpty());

        // then
        assertThat(onFx(() -> model.errorProperty().get())).isEqualTo("Cannot start: the model has no deployment: "
                + "deploy it first (Deploy panel), or collect from the receiver or Kafka");
        assertThat(onFx(() -> model.runningProperty().get())).isFalse();
        assertThat(onFx(() -> model.canStartProperty().get())).isTrue();
    }

    @Test
    void a_failed_source_and_unreadable_events_are_shown_as_such() throws Exception {
        // given a collection whose source reads one broken line, and then a source that fails for good
        RunningCollection.Starter paced = PacedCollection.starter(folder, 10_000, 20, true);
        java.util.function.Consumer<SourceStatus>[] statusOut = new java.util.function.Consumer[1];
        LiveViewModel model = model((request, listener, statuses) -> {
            statusOut[0] = statuses;
            return paced.start(request, listener, statuses);
        });
        fxThread.submit(() -> model.start(folder.resolve("secret-theft.json"), null)).get();
        await(() -> model.observations().size() == 20);

        // when the cluster stream fails
        statusOut[0].accept(SourceStatus.connecting("cluster kind-honey tetragon", "")
                .with(SourceStatus.State.FAILED, "pods is forbidden: User \"dev\" cannot list pods"));
        await(() -> !model.errorProperty().get().isEmpty());

        // then both are said plainly
        assertThat(onFx(() -> model.errorProperty().get())).isEqualTo("Failed: cluster kind-honey tetragon: "
                + "pods is forbidden: User \"dev\" cannot list pods");
        assertThat(onFx(() -> model.rejectedProperty().get()))
                .isEqualTo("1 event could not be read; last: paced line 3: not JSON");
        fxThread.submit(model::stop).get();
        await(() -> !model.runningProperty().get());
    }
}
