package io.stormcenter.workbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The feed's batching, without a screen: the "FX thread" is a recording executor. */
class LiveFeedTest {

    private static Observation observation(int n) {
        Instant t = Instant.parse("2026-11-20T09:00:00Z").plusMillis(n);
        return new Observation(t, t, SensorKind.TETRAGON, "cluster", null, null, List.of(), "k" + n, "{}");
    }

    @Test
    void a_second_of_a_thousand_events_reaches_the_window_in_a_few_updates_newest_first() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        List<Runnable> fxCalls = new CopyOnWriteArrayList<>();
        List<LiveFeed.Update> applied = new CopyOnWriteArrayList<>();
        LiveFeed feed = new LiveFeed(timer, runnable -> {
            fxCalls.add(runnable);
            runnable.run();
        }, 250, 5_000, () -> null, applied::add);
        try {
            // given a source thread that stores 1,000 events in a second, ten at a time, reports a status
            // change midway and one unreadable line
            feed.start();
            long start = System.nanoTime();
            for (int i = 0; i < 1000; i += 10) {
                List<Observation> batch = new ArrayList<>();
                for (int j = i; j < i + 10; j++) {
                    batch.add(observation(j));
                }
                feed.stored(batch);
                if (i == 500) {
                    feed.accept(SourceStatus.connecting("cluster kind tetragon", "")
                            .with(SourceStatus.State.RUNNING, "1 pod"));
                    feed.rejected(List.of(new RejectedEvent("tetragon-abc line 7", "not JSON")));
                }
                LockSupport.parkNanos(start + (i + 10) * 1_000_000L - System.nanoTime());
            }
            // when the feed stops
            feed.stop();
        } finally {
            timer.shutdownNow();
        }

        // then the window was handed a few updates, not a thousand, with every event once, newest first in each
        assertThat(fxCalls.size()).isBetween(3, 10);
        List<String> keys = new ArrayList<>();
        for (int u = applied.size() - 1; u >= 0; u--) {
            applied.get(u).rows().forEach(row -> keys.add(row.observation().dedupKey()));
        }
        assertThat(keys).hasSize(1000).startsWith("k999", "k998").endsWith("k1", "k0");
        assertThat(applied).flatExtracting(LiveFeed.Update::statuses).extracting(SourceStatus::detail)
                .containsExactly("1 pod");
        assertThat(applied).flatExtracting(LiveFeed.Update::rejected).extracting(RejectedEvent::describe)
                .containsExactly("tetragon-abc line 7: not JSON");
    }

    @Test
    void more_than_the_feed_shows_is_counted_not_made_into_rows() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        List<LiveFeed.Update> applied = new CopyOnWriteArrayList<>();
        LiveFeed feed = new LiveFeed(timer, Runnable::run, 60_000, 100, () -> null, applied::add);
        try {
            // given 25,000 events stored between two pulses (more than the feed keeps between pulses)
            for (int i = 0; i < 25_000; i += 1000) {
                List<Observation> batch = new ArrayList<>();
                for (int j = i; j < i + 1000; j++) {
                    batch.add(observation(j));
                }
                feed.stored(batch);
            }
            // when it is delivered
            feed.stop();
        } finally {
            timer.shutdownNow();
        }

        // then the newest 100 become rows, and what could not be kept is counted
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).rows()).hasSize(100);
        assertThat(applied.get(0).rows().get(0).observation().dedupKey()).isEqualTo("k24999");
        assertThat(applied.get(0).dropped()).isEqualTo(25_000 - LiveFeed.MAX_PENDING);
    }

    @Test
    void stop_waits_for_a_pulse_already_delivering_so_every_update_is_handed_over_in_order() throws Exception {
        // given a pulse that has taken the first ten events and is slow to hand them to the window
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "pulse"));
        CountDownLatch pulseInFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<LiveFeed.Update> applied = new CopyOnWriteArrayList<>();
        LiveFeed feed = new LiveFeed(timer, runnable -> {
            if (Thread.currentThread().getName().equals("pulse") && pulseInFlight.getCount() > 0) {
                pulseInFlight.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            runnable.run();
        }, 50, 5_000, () -> null, applied::add);
        List<String> handedOverByStop = new CopyOnWriteArrayList<>();
        try {
            feed.stored(IntStream.range(0, 10).mapToObj(LiveFeedTest::observation).toList());
            feed.start();
            assertThat(pulseInFlight.await(5, TimeUnit.SECONDS)).isTrue();
            feed.stored(IntStream.range(10, 15).mapToObj(LiveFeedTest::observation).toList());

            // when the user stops while that pulse is still delivering
            Thread stopping = new Thread(() -> {
                feed.stop();
                applied.forEach(u -> u.rows().forEach(r -> handedOverByStop.add(r.observation().dedupKey())));
            });
            stopping.start();
            Thread.sleep(200);
            release.countDown();
            stopping.join(5_000);
        } finally {
            timer.shutdownNow();
        }

        // then by the time stop returned the window had every event, the pulse's update first
        assertThat(handedOverByStop).hasSize(15).startsWith("k9").endsWith("k10");
    }
}
