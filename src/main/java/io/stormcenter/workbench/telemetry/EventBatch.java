package io.stormcenter.workbench.telemetry;

import java.util.List;

/**
 * Events that arrived together and are acknowledged together: a request body, a file chunk, a
 * poll of a topic. The ingestion stores all of a batch's events in one transaction; the source
 * acknowledges (answers 2xx, commits offsets) only after {@link EventSink#ingest} returned.
 *
 * @param origin    where the batch came from, for status lines and observations ({@code receiver},
 *                  {@code file}, {@code kafka:topic}, {@code cluster})
 * @param events    the events, each the JSON text of one event
 * @param malformed what the source itself could not split into events (a broken line), reported with
 *                  the batch's results
 */
public record EventBatch(String origin, List<RawEvent> events, List<RejectedEvent> malformed) {

    public EventBatch {
        origin = origin == null ? "" : origin;
        events = List.copyOf(events);
        malformed = List.copyOf(malformed == null ? List.of() : malformed);
    }

    public EventBatch(String origin, List<RawEvent> events) {
        this(origin, events, List.of());
    }
}
