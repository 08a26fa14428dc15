package io.stormcenter.workbench.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lanes on real threads: a worker thread per lane, and a stand-in for the FX thread. */
class TaskLaneTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FxStandIn fx = new FxStandIn();
    private final BackgroundWork background = new BackgroundWork(fx::execute);

    @AfterEach
    void stop() {
        background.close();
        fx.close();
    }

    @Test
    void a_burst_of_submits_runs_the_work_once_for_the_last_of_them() throws Exception {
        // given a debounced lane
        TaskLane lane = background.lane("burst", Duration.ofMillis(300));
        AtomicInteger runs = new AtomicInteger();
        List<Integer> shown = new CopyOnWriteArrayList<>();

        // when 100 requests come at once, from the FX thread as edits do
        fx.call(() -> {
            for (int i = 1; i <= 100; i++) {
                int value = i;
                lane.submit(context -> {
                    runs.incrementAndGet();
                    return value;
                }, shown::add, failure -> { });
            }
            return null;
        });
        fx.awaitTrue(() -> !shown.isEmpty() && !lane.runningProperty().get(), WAIT);
        Thread.sleep(400); // longer than the debounce: nothing else comes

        // then
        assertThat(runs).hasValue(1);
        assertThat(shown).containsExactly(100);
    }

    @Test
    void newer_work_supersedes_running_work_whose_result_is_dropped() throws Exception {
        // given a task that runs until it is told it was superseded
        TaskLane lane = background.lane("supersede", Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean toldToStop = new AtomicBoolean();
        List<String> shown = new CopyOnWriteArrayList<>();
        fx.call(() -> {
            lane.submit(context -> {
                started.countDown();
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (!context.cancelled() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                toldToStop.set(context.cancelled());
                return "old";
            }, shown::add, failure -> { });
            return null;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // when newer work comes
        fx.call(() -> {
            lane.submit(context -> "new", shown::add, failure -> { });
            return null;
        });
        fx.awaitTrue(() -> shown.contains("new") && !lane.runningProperty().get(), WAIT);

        // then the old task heard it, and only the new result is shown
        assertThat(toldToStop).isTrue();
        assertThat(shown).containsExactly("new");
    }

    @Test
    void cancelling_stops_a_pending_task_before_it_starts_and_clears_running() throws Exception {
        TaskLane lane = background.lane("cancel", Duration.ofMillis(300));
        AtomicInteger runs = new AtomicInteger();

        fx.call(() -> {
            lane.submit(context -> runs.incrementAndGet(), value -> { }, failure -> { });
            return null;
        });
        assertThat(fx.call(() -> lane.runningProperty().get())).isTrue();
        fx.call(() -> {
            lane.cancel();
            return null;
        });
        Thread.sleep(500);

        assertThat(runs).hasValue(0);
        assertThat(fx.call(() -> lane.runningProperty().get())).isFalse();
    }

    @Test
    void a_failure_reaches_the_failure_handler_on_the_fx_thread() throws Exception {
        TaskLane lane = background.lane("failure", Duration.ZERO);
        AtomicReference<Exception> failed = new AtomicReference<>();
        AtomicReference<String> thread = new AtomicReference<>();

        fx.call(() -> {
            lane.submit(context -> {
                throw new IllegalStateException("the disk is full");
            }, value -> { }, failure -> {
                failed.set(failure);
                thread.set(Thread.currentThread().getName());
            });
            return null;
        });
        fx.awaitTrue(() -> failed.get() != null, WAIT);

        assertThat(failed.get()).isInstanceOf(IllegalStateException.class).hasMessage("the disk is full");
        assertThat(thread.get()).isEqualTo("fx-stand-in");
        assertThat(fx.call(() -> lane.runningProperty().get())).isFalse();
    }

    @Test
    void progress_reaches_the_lane_property() throws Exception {
        TaskLane lane = background.lane("progress", Duration.ZERO);
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);

        fx.call(() -> {
            lane.submit(context -> {
                context.progress(0.5);
                reported.countDown();
                return finish.await(10, TimeUnit.SECONDS);
            }, value -> { }, failure -> { });
            return null;
        });
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        fx.awaitTrue(() -> lane.progressProperty().get() == 0.5, WAIT);
        finish.countDown();
        fx.awaitTrue(() -> !lane.runningProperty().get(), WAIT);
    }

    @Test
    void closing_interrupts_running_work_and_stops_every_thread() throws Exception {
        TaskLane lane = background.lane("close", Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        fx.call(() -> {
            lane.submit(context -> {
                started.countDown();
                try {
                    Thread.sleep(WAIT.toMillis());
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            }, value -> { }, failure -> { });
            return null;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        background.close();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(background.isClosed()).isTrue();
    }

    @Test
    void work_submitted_after_the_window_closed_is_dropped_without_failing_the_fx_thread() throws Exception {
        // given a debounced lane and an immediate one of a window that closed
        TaskLane debounced = background.lane("late-debounced", Duration.ofMillis(50));
        TaskLane immediate = background.lane("late-immediate", Duration.ZERO);
        background.close();
        AtomicBoolean ran = new AtomicBoolean();

        // when a result still queued for the FX thread asks both for more work
        Boolean running = fx.call(() -> {
            debounced.submit(context -> ran.getAndSet(true), value -> { }, failure -> { });
            immediate.submit(context -> ran.getAndSet(true), value -> { }, failure -> { });
            return debounced.runningProperty().get() || immediate.runningProperty().get();
        });
        Thread.sleep(100);

        // then nothing ran, nothing was thrown, and neither lane says it is running
        assertThat(ran).isFalse();
        assertThat(running).isFalse();
        assertThat(fx.call(() -> debounced.runningProperty().get() || immediate.runningProperty().get())).isFalse();
    }
}
