package io.stormcenter.workbench.telemetry.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.EventSink;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.OneBatchAhead;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Follows one sensor container's log through the API server ({@code follow=true&timestamps=true}),
 * hands its lines to the ingestion in batches (as many as have arrived, at most {@value #BATCH}), and
 * after each stored batch moves its cursor; when the stream breaks it reopens the log from the cursor.
 * Ends when stopped or when the pod is gone.
 */
final class PodLogFollower {

    static final int BATCH = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** What the follower tells its source: delivered events, problems, and why it is waiting. */
    interface Listener {
        void delivered(int events, int rejected, Instant at);

        void retrying(String why);
    }

    private final KubernetesClient client;
    private final String namespace;
    private final String pod;
    private final String container;
    private final ContainerLines lines;
    private final LogCursor cursor;
    private final Function<Throwable, String> reasons;
    private volatile boolean stopping;
    /** Ends a pause before reconnecting at once: Stop must not wait out a backoff of up to a minute. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile LogWatch current;

    PodLogFollower(KubernetesClient client, String namespace, String pod, String container, ContainerLines lines,
                   Instant since, Function<Throwable, String> reasons) {
        this.reasons = reasons;
        this.client = client;
        this.namespace = namespace;
        this.pod = pod;
        this.container = container;
        this.lines = lines;
        this.cursor = new LogCursor(since);
    }

    String key() {
        return namespace + "/" + pod + "/" + container;
    }

    void run(EventSink sink, Listener listener) throws InterruptedException {
        Duration backoff = Duration.ofSeconds(1);
        while (!stopping) {
            try {
                int read = follow(sink, listener);
                if (stopping) {
                    return;
                }
                if (read > 0) {
                    backoff = Duration.ofSeconds(1);
                } else if (client.pods().inNamespace(namespace).withName(pod).get() == null) {
                    return;
                }
                // the server ended the stream (the container restarted, the connection timed out): reopen,
                // slower each time it gave nothing
                pause(backoff);
                if (read == 0) {
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            } catch (KubernetesClientException e) {
                if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
                    return;
                }
                if (stopping) {
                    return;
                }
                listener.retrying(key() + ": " + reason(e) + "; again in " + backoff.toSeconds() + " s");
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (UncheckedIOException | ObservationStoreException e) {
                if (stopping) {
                    return;
                }
                listener.retrying(key() + ": " + reason(e) + "; again in " + backoff.toSeconds() + " s");
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Reads the log until it ends; returns how many lines came. */
    private int follow(EventSink sink, Listener listener) {
        TimeTailPrettyLoggable log = client.pods().inNamespace(namespace).withName(pod).inContainer(container)
                .usingTimestamps();
        Instant since = cursor.since();
        cursor.reopened();
        try (LogWatch watch = (since == null ? log : log.sinceTime(since.toString())).watchLog()) {
            current = watch;
            if (stopping) {
                return 0;
            }
            int read = 0;
            BufferedReader reader = new BufferedReader(new InputStreamReader(watch.getOutput(), StandardCharsets.UTF_8));
            List<RawEvent> events = new ArrayList<>();
            List<RejectedEvent> rejected = new ArrayList<>();
            OneBatchAhead ahead = new OneBatchAhead(sink);
            String text;
            try {
                while ((text = reader.readLine()) != null) {
                    read++;
                    LogLine line = LogLine.parse(text);
                    if (cursor.take(line.time())) {
                        lines.add(line.text(), key() + "@" + (line.time() == null ? "?" : line.time()), events, rejected);
                    }
                    boolean more = reader.ready();
                    if (events.size() + rejected.size() >= BATCH || !more) {
                        flush(ahead, listener, events, rejected, more);
                    }
                }
            } catch (IOException e) {
                // what the store has of this stream is acknowledged before it reopens
                ahead.finish();
                throw e;
            }
            flush(ahead, listener, events, rejected, false);
            if (!stopping) {
                // a stream closed by stop() may never complete its onClose: asking would cost the
                // two seconds of patience, per pod, on every Stop
                failure(watch);
            }
            return read;
        } catch (IOException e) {
            if (!stopping) {
                throw new UncheckedIOException("the log stream of " + key() + " broke", e);
            }
            return 0;
        } finally {
            current = null;
        }
    }

    /** Why the stream ended, when it failed (the pod or its container is gone: 404); else nothing. */
    private void failure(LogWatch watch) {
        Throwable failure;
        try {
            failure = watch.onClose().toCompletableFuture().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (TimeoutException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failure instanceof KubernetesClientException e) {
            throw e;
        }
        if (failure != null && !stopping) {
            throw new UncheckedIOException(new IOException(failure.getMessage(), failure));
        }
    }

    /**
     * Hands what was read to the store; the cursor moves past it once it is stored. While more of the
     * log is ready the store commits it as the next lines are read; when the log has nothing more
     * for now, the follower waits for the commit, so a quiet log is acknowledged (and shown) at once.
     */
    private void flush(OneBatchAhead ahead, Listener listener, List<RawEvent> events, List<RejectedEvent> rejected,
                       boolean moreReady) {
        LogCursor.Taken read = cursor.taken();
        if (events.isEmpty() && rejected.isEmpty()) {
            ahead.finish();
            cursor.acknowledge(read);
            return;
        }
        int count = events.size();
        ahead.hand(new EventBatch("cluster", events, rejected), result -> {
            listener.delivered(count, result.malformed().size(), Instant.now());
            cursor.acknowledge(read);
        });
        events.clear();
        rejected.clear();
        if (!moreReady) {
            ahead.finish();
        }
    }

    private String reason(RuntimeException e) {
        return e instanceof ObservationStoreException ? e.getMessage() : reasons.apply(e);
    }

    void stop() {
        stopping = true;
        stopped.countDown();
        LogWatch watch = current;
        if (watch != null) {
            watch.close();
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        stopped.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }
}
