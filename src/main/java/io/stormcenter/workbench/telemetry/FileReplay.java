package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.sensor.AnySensorEventReader;
import io.stormcenter.workbench.sensor.EventAt;
import io.stormcenter.workbench.sensor.EventPosition;
import io.stormcenter.workbench.sensor.EventStream;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Replays recorded sensor events from files into the ingestion: {@code .jsonl}, {@code .json}
 * (one object, pretty-printed, an array, an {@code EventList}, one per line), {@code .log}
 * (JSON lines, with or without the timestamp prefix of container logs), each optionally gzipped;
 * the sensor of each event is told by its shape, so a capture may mix sensors. At a recorded
 * speed, events go in as their recorded times come due; at max, in batches as fast as the store
 * takes them. A malformed event is reported with its file and line and skipped.
 */
public final class FileReplay {

    /** Events per transaction: large enough that a commit's sync is a small share of the work. */
    static final int BATCH = 2000;

    /** Waits for a moment of the replay (a sleep; a recording clock in tests). */
    @FunctionalInterface
    public interface Pacer {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final EventSink sink;
    private final ReplaySpeed speed;
    private final Clock clock;
    private final Pacer pacer;

    public FileReplay(EventSink sink, ReplaySpeed speed, Clock clock, Pacer pacer) {
        this.sink = sink;
        this.speed = speed;
        this.clock = clock;
        this.pacer = pacer;
    }

    /** Replays at the given speed with the system clock. */
    public FileReplay(EventSink sink, ReplaySpeed speed) {
        this(sink, speed, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000));
    }

    /**
     * Replays one file; returns when every event is stored.
     *
     * @throws IOException          when the file cannot be read (what was read before stays stored)
     * @throws InterruptedException when interrupted between batches (what was ingested stays stored)
     */
    public BatchResult replay(Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        List<RejectedEvent> rejected = new ArrayList<>();
        try (Reader text = open(file);
             EventStream<SensorEvent> events = new AnySensorEventReader().stream(text,
                     problem -> rejected.add(new RejectedEvent(position(name, problem.position()), problem.problem())))) {
            List<RawEvent> batch = new ArrayList<>(BATCH);
            OneBatchAhead ahead = new OneBatchAhead(sink);
            StoredSoFar count = new StoredSoFar();
            Instant firstRecorded = null;
            Instant started = clock.instant();
            while (events.hasNext()) {
                EventAt<SensorEvent> next = events.next();
                if (!speed.isMax()) {
                    Instant recorded = EventNormaliser.timeOf(next.event());
                    if (recorded != null) {
                        if (firstRecorded == null) {
                            firstRecorded = recorded;
                        }
                        Duration wait = due(firstRecorded, recorded, started);
                        if (!wait.isNegative() && !wait.isZero()) {
                            flush(ahead, batch, rejected, count);
                            ahead.finish();
                            pacer.sleep(wait);
                        }
                    }
                }
                batch.add(RawEvent.parsed(next.event(), next.json(), position(name, next.position())));
                if (batch.size() >= BATCH) {
                    flush(ahead, batch, rejected, count);
                }
                if (Thread.interrupted()) {
                    ahead.finish();
                    throw new InterruptedException("replay of " + name + " stopped");
                }
            }
            flush(ahead, batch, rejected, count);
            ahead.finish();
            return count.total;
        }
    }

    /** The file's results so far: each batch's, added once that batch is stored. */
    private static final class StoredSoFar implements Consumer<BatchResult> {

        private BatchResult total = BatchResult.EMPTY;

        @Override
        public void accept(BatchResult batch) {
            total = total.plus(batch);
        }
    }

    /** How long until an event recorded at {@code recorded} is due, the first having gone in at {@code started}. */
    private Duration due(Instant firstRecorded, Instant recorded, Instant started) {
        long recordedNanos = Duration.between(firstRecorded, recorded).toNanos();
        Instant dueAt = started.plusNanos((long) (recordedNanos / speed.factor()));
        return Duration.between(clock.instant(), dueAt);
    }

    /** Hands what was read to the store, which commits it while the file is read on. */
    private static void flush(OneBatchAhead ahead, List<RawEvent> batch, List<RejectedEvent> rejected,
                              Consumer<BatchResult> count) {
        if (batch.isEmpty() && rejected.isEmpty()) {
            return;
        }
        ahead.hand(new EventBatch("file", batch, rejected), count);
        batch.clear();
        rejected.clear();
    }

    static String position(String file, EventPosition position) {
        return file + ":" + position.line() + (position.item().isEmpty() ? "" : " " + position.item());
    }

    /** The file's text: gunzipped when it is gzip (by its first bytes, whatever its name), prefixes of log lines cut. */
    static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(2);
            int first = in.read();
            int second = in.read();
            in.reset();
            if (first == 0x1f && second == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".log") || name.endsWith(".log.gz") ? new LogLinePrefixes(reader) : reader;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
