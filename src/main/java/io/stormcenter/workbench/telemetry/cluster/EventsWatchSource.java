package io.stormcenter.workbench.telemetry.cluster;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.EventSink;
import io.stormcenter.workbench.telemetry.LiveSource;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Watches the honey namespace's Kubernetes Events. It lists them first (what happened before it
 * started), then watches from the list's resource version; each batch of changes is stored before
 * the resource version it reached is taken as the place to resume from. A broken watch resumes from
 * there; when the server no longer has that version (410 Gone) it lists again. A version of an event
 * it already delivered is not handed on again, and the store's dedup key makes any other repeat a no-op.
 */
public final class EventsWatchSource implements LiveSource {

    private static final int BATCH = 500;
    private static final int REMEMBERED = 10_000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final KubernetesClient client;
    private final String context;
    private final String namespace;
    private final Function<Throwable, String> reasons;
    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    /** The versions of events already delivered, so a watch that replays what a list gave is not stored twice. */
    private final Map<String, Boolean> delivered = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private volatile boolean stopping;
    /** Ends a pause before reconnecting at once: Stop must not wait out a backoff of up to a minute. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Watch current;

    public EventsWatchSource(KubernetesClient client, String context, String namespace,
                             Function<Throwable, String> reasons) {
        this.client = client;
        this.context = context;
        this.namespace = namespace;
        this.reasons = reasons;
    }

    @Override
    public String name() {
        return "cluster " + context + " events";
    }

    /** One thing the watch said: an event to store, or that it ended (with whether to list again). */
    private record Change(Event event, boolean closed, boolean gone, String why) {
    }

    @Override
    public void run(EventSink sink, Consumer<SourceStatus> status) throws InterruptedException {
        SourceStatus state = SourceStatus.connecting(name(), "namespace " + namespace);
        status.accept(state);
        String resourceVersion = null;
        Duration backoff = Duration.ofSeconds(1);
        while (!stopping) {
            try {
                if (resourceVersion == null) {
                    EventList list = client.v1().events().inNamespace(namespace).list();
                    state = deliver(sink, list.getItems(), state);
                    resourceVersion = list.getMetadata().getResourceVersion();
                }
                changes.clear();
                current = client.v1().events().inNamespace(namespace)
                        .watch(new ListOptionsBuilder().withResourceVersion(resourceVersion).build(), new Queueing());
                state = state.with(SourceStatus.State.RUNNING, "namespace " + namespace);
                status.accept(state);
                backoff = Duration.ofSeconds(1);
                while (!stopping) {
                    Change first = changes.poll(250, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    List<Change> batch = new ArrayList<>();
                    batch.add(first);
                    changes.drainTo(batch, BATCH - 1);
                    List<Event> events = new ArrayList<>();
                    Change end = null;
                    for (Change change : batch) {
                        if (change.closed()) {
                            end = change;
                            break;
                        }
                        events.add(change.event());
                    }
                    state = deliver(sink, events, state);
                    if (!events.isEmpty()) {
                        resourceVersion = events.get(events.size() - 1).getMetadata().getResourceVersion();
                        status.accept(state);
                    }
                    if (end != null) {
                        if (end.gone()) {
                            resourceVersion = null;
                        }
                        throw new WatchEnded(end.why());
                    }
                }
            } catch (KubernetesClientException | WatchEnded | ObservationStoreException e) {
                if (stopping) {
                    break;
                }
                String why = e instanceof KubernetesClientException ? reasons.apply(e) : e.getMessage();
                state = state.with(SourceStatus.State.RETRYING, why + "; again in " + backoff.toSeconds() + " s");
                status.accept(state);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                Watch watch = current;
                current = null;
                if (watch != null) {
                    watch.close();
                }
            }
        }
    }

    private SourceStatus deliver(EventSink sink, List<Event> events, SourceStatus state) {
        if (events.isEmpty()) {
            return state;
        }
        List<RawEvent> raw = new ArrayList<>(events.size());
        List<String> versions = new ArrayList<>(events.size());
        for (Event event : events) {
            String version = event.getMetadata().getNamespace() + "/" + event.getMetadata().getName() + "@"
                    + event.getMetadata().getResourceVersion();
            if (delivered.containsKey(version) || versions.contains(version)) {
                continue;
            }
            versions.add(version);
            raw.add(new RawEvent(SensorKind.KUBERNETES_EVENT, JSON.asJson(event), "Event " + namespace + "/"
                    + event.getMetadata().getName() + "@" + event.getMetadata().getResourceVersion()));
        }
        if (raw.isEmpty()) {
            return state;
        }
        BatchResult result = sink.ingest(new EventBatch("cluster", raw, List.<RejectedEvent>of()));
        versions.forEach(v -> delivered.put(v, Boolean.TRUE));
        return state.delivered(raw.size(), result.malformed().size(), Instant.now());
    }

    @Override
    public void stop() {
        stopping = true;
        stopped.countDown();
        Watch watch = current;
        if (watch != null) {
            watch.close();
        }
    }

    /** The watch's thread only queues; storing happens on the source's thread, in batches. */
    private final class Queueing implements Watcher<Event> {
        @Override
        public void eventReceived(Action action, Event event) {
            if (action == Action.ADDED || action == Action.MODIFIED) {
                changes.add(new Change(event, false, false, null));
            }
        }

        @Override
        public void onClose(WatcherException cause) {
            changes.add(new Change(null, true, cause.isHttpGone(), "the watch ended: " + reasons.apply(cause)));
        }

        @Override
        public void onClose() {
            if (!stopping) {
                changes.add(new Change(null, true, false, "the watch was closed"));
            }
        }
    }

    /** The watch ended and must be opened again. */
    private static final class WatchEnded extends RuntimeException {
        WatchEnded(String why) {
            super(why);
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }
}
