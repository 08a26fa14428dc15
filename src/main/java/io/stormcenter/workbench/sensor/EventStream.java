package io.stormcenter.workbench.sensor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The events of a file or stream, read as the caller asks for them, each with its position.
 * Malformed events go to the listener given at the start and are skipped. A stream that is
 * still being written (a follow of a log) simply ends where the text ends for now.
 */
public final class EventStream<E extends SensorEvent> implements Iterator<EventAt<E>>, AutoCloseable {

    private final Reader in;
    private final JsonFrames frames;
    private final SensorEventReader<E> reader;
    private final Consumer<MalformedEvent> onMalformed;
    private final Deque<EventAt<E>> ready = new ArrayDeque<>();
    private boolean ended;
    private long skipped;

    EventStream(Reader in, SensorEventReader<E> reader, Consumer<MalformedEvent> onMalformed) {
        this.in = in;
        this.frames = new JsonFrames(in);
        this.reader = reader;
        this.onMalformed = onMalformed == null ? problem -> { } : onMalformed;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !ended) {
            JsonFrames.Frame frame = frames.next();
            if (frame == null) {
                ended = true;
            } else {
                reader.eventsOf(frame, ready::add, problem -> {
                    skipped++;
                    onMalformed.accept(problem);
                });
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public EventAt<E> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more events");
        }
        return ready.removeFirst();
    }

    /** How many events were skipped as malformed so far. */
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
