package io.stormcenter.workbench.telemetry.cluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.stormcenter.workbench.telemetry.EventSink;
import io.stormcenter.workbench.telemetry.LiveSource;
import io.stormcenter.workbench.telemetry.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One sensor's container logs across the cluster: every pod its chart labels (one per node for a
 * DaemonSet), each followed by a {@link PodLogFollower} on a thread of its own; pods that appear
 * later are found by looking again every {@link #RESCAN}.
 */
public final class PodLogSource implements LiveSource {

    static final Duration RESCAN = Duration.ofSeconds(30);

    private final KubernetesClient client;
    private final SensorContainer sensor;
    private final RelevantEvents relevant;
    private final Instant since;
    private final String context;
    private final Function<Throwable, String> reasons;
    private final Map<String, Running> followers = new LinkedHashMap<>();
    private final Object lock = new Object();
    private SourceStatus status;
    private Consumer<SourceStatus> listener = s -> { };
    private volatile boolean stopping;

    /**
     * @param since   where a log is read from at first (the deployment's time), or null for the whole log
     * @param reasons why a call failed, in words without credentials
     */
    public PodLogSource(KubernetesClient client, String context, SensorContainer sensor, RelevantEvents relevant,
                        Instant since, Function<Throwable, String> reasons) {
        this.client = client;
        this.context = context;
        this.sensor = sensor;
        this.relevant = relevant;
        this.since = since;
        this.reasons = reasons;
        this.status = SourceStatus.connecting(name(), sensor.labelSelector());
    }

    @Override
    public String name() {
        return "cluster " + context + " " + sensor.name();
    }

    @Override
    public void run(EventSink sink, Consumer<SourceStatus> statusListener) throws InterruptedException {
        synchronized (lock) {
            listener = statusListener;
            report(status);
        }
        try {
            while (!stopping) {
                try {
                    List<Pod> pods = client.pods().inAnyNamespace().withLabelSelector(sensor.labelSelector()).list()
                            .getItems();
                    for (Pod pod : pods) {
                        start(pod, sink);
                    }
                    synchronized (lock) {
                        followers.values().removeIf(r -> !r.thread.isAlive());
                        report(status.with(SourceStatus.State.RUNNING, followers.isEmpty()
                                ? "no pod labelled " + sensor.labelSelector() + ": is it installed?"
                                : followers.size() + (followers.size() == 1 ? " pod" : " pods")));
                    }
                } catch (KubernetesClientException e) {
                    synchronized (lock) {
                        report(status.with(SourceStatus.State.RETRYING, "listing pods: " + reasons.apply(e)));
                    }
                }
                sleep(RESCAN);
            }
        } finally {
            List<Running> running;
            synchronized (lock) {
                running = List.copyOf(followers.values());
            }
            running.forEach(r -> r.follower.stop());
            for (Running r : running) {
                r.thread.join(10_000);
            }
        }
    }

    private void start(Pod pod, EventSink sink) {
        String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
        synchronized (lock) {
            Running existing = followers.get(key);
            if (existing != null && existing.thread.isAlive() || stopping) {
                return;
            }
            PodLogFollower follower = new PodLogFollower(client, pod.getMetadata().getNamespace(),
                    pod.getMetadata().getName(), sensor.container(), new ContainerLines(sensor.sensor(), relevant), since, reasons);
            Thread thread = new Thread(() -> {
                try {
                    follower.run(sink, new FollowerListener());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ksc-log " + follower.key());
            thread.setDaemon(true);
            followers.put(key, new Running(follower, thread));
            thread.start();
        }
    }

    private void sleep(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        while (!stopping && System.nanoTime() < end) {
            Thread.sleep(100);
        }
    }

    /** Called with the lock held. */
    private void report(SourceStatus next) {
        status = next;
        listener.accept(next);
    }

    @Override
    public void stop() {
        stopping = true;
    }

    private final class FollowerListener implements PodLogFollower.Listener {
        @Override
        public void delivered(int events, int rejected, Instant at) {
            synchronized (lock) {
                report(status.delivered(events, rejected, at));
            }
        }

        @Override
        public void retrying(String why) {
            synchronized (lock) {
                report(status.with(SourceStatus.State.RETRYING, why));
            }
        }
    }

    private record Running(PodLogFollower follower, Thread thread) {
    }
}
