package io.stormcenter.workbench.telemetry;

import java.io.IOException;

/**
 * A source of sensor events that runs until stopped (the receiver, a cluster's log streams, a
 * Kafka consumer): it hands batches to the sink on its own threads and acknowledges each only
 * after the sink returned. {@code collect} and the Live panel start any mix of them on one sink.
 */
public interface EventSource extends AutoCloseable {

    /** A short name for status lines ({@code receiver}, {@code kafka}, {@code cluster}). */
    String name();

    /** Starts taking events; returns once the source runs. */
    void start(EventSink sink) throws IOException;

    /** Stops taking events; a batch in hand is finished (stored and acknowledged) before this returns. */
    @Override
    void close();
}
