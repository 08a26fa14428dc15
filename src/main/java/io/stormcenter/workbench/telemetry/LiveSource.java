package io.stormcenter.workbench.telemetry;

import java.util.function.Consumer;

/**
 * A source that delivers sensor events as they happen (the cluster's log streams and Events
 * watch, Kafka topics): it hands each batch to the one ingestion path and acknowledges it only
 * after the ingestion committed it, until it is stopped.
 */
public interface LiveSource {

    /** What the status line calls it: {@code kafka 10.0.0.5:9092}, {@code cluster kind-honey}. */
    String name();

    /**
     * Delivers events to {@code sink} until {@link #stop()}; reconnects after a failure by itself,
     * resuming where it was acknowledged. Reports each change of its state to {@code status}.
     */
    void run(EventSink sink, Consumer<SourceStatus> status) throws InterruptedException;

    /** Asks {@link #run} to return once the batch in hand is stored and acknowledged; any thread may call it. */
    void stop();
}
