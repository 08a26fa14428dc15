package io.stormcenter.workbench.telemetry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The observation store over plain JDBC: a SQLite file by default (WAL; each batch's log synced
 * before it is acknowledged, {@link WalSync}), or PostgreSQL for a team; the same statements for
 * both. One connection, used by one thread at a time: writers are few (one collector) and a batch
 * is one transaction. A row is narrow (key, time, source, packed details); each batch's events'
 * JSON is one compressed block beside the rows (schema 2, {@link NarrowRows}), and from schema 3 on
 * so are its observations' details, the row keeping only their slot (see {@link ObservationDetails}).
 */
public final class JdbcObservationStore implements ObservationStore {

    /** What a read selects of a row: the key, time and source queries select by, and the packed rest. */
    private static final String COLUMNS = "o.dedup_key, o.event_time, o.source, o.raw_block, o.details";

    private final StoreLocation location;
    private final Connection connection;
    /** One connection, so one user at a time: the committing writer, or a reader. */
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<PendingAdd> waiting = new ConcurrentLinkedQueue<>();
    /** Prepared once and kept: SQLite compiles a statement on prepare. Guarded by {@link #lock}. */
    private PreparedStatement insert;
    private PreparedStatement insertBlock;
    private PreparedStatement deleteBlock;
    private PreparedStatement insertMatch;
    private PreparedStatement insertLoose;
    /** PostgreSQL only: one writer of this store at a time (a transaction-scoped advisory lock). */
    private PreparedStatement writersOneByOne;
    private final LooseKeys looseKeys = new LooseKeys();
    /** SQLite only: completes committed batches once the write-ahead log is on disk. */
    private final WalSync walSync;
    /** Guarded by {@link #lock}. */
    private boolean closed;
    /**
     * Whether the lock's holder is committing waiting batches; it looks for more as soon as it has
     * let go, so a writer that finds it so leaves its batch to that holder instead of waiting idle.
     */
    private volatile boolean committing;

    private JdbcObservationStore(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
        this.walSync = location.isSqlite() ? new WalSync(location.sqliteFile(), location.describe()) : null;
    }

    /** Opens the store, creating it or bringing its schema up to date. */
    public static JdbcObservationStore open(StoreLocation location) {
        if (location.isSqlite()) {
            Path folder = location.sqliteFile().toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new ObservationStoreException(location.describe() + ": the folder " + folder
                        + " does not exist");
            }
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(location.jdbcUrl());
        } catch (SQLException e) {
            throw new ObservationStoreException("cannot open the observation store " + location.describe() + ": "
                    + Sql.reason(e), e);
        }
        try {
            if (location.isSqlite()) {
                try (Statement statement = connection.createStatement()) {
                    // first, so that switching to WAL waits for another workbench that is migrating the
                    // same fresh file, instead of failing at once with SQLITE_BUSY
                    statement.execute("PRAGMA busy_timeout=10000");
                    // WAL: readers (the window, a second CLI) do not block the collector. NORMAL: a
                    // commit does not wait for the disk; WalSync syncs the log before any batch is
                    // acknowledged, so a committed batch survives a power cut all the same
                    switchToWriteAheadLog(statement, location);
                    statement.execute("PRAGMA synchronous=NORMAL");
                    // a sustained stream of events writes the same index pages batch after batch: keep
                    // them in memory (64 MiB) and copy the log into the file every 64 MiB, not every 4,
                    // so a page is written once per checkpoint rather than once per batch
                    statement.execute("PRAGMA cache_size=-65536");
                    statement.execute("PRAGMA wal_autocheckpoint=16384");
                }
            }
            connection.setAutoCommit(false);
            StoreSchema.migrate(connection, location.describe(), location.isSqlite());
            return new JdbcObservationStore(location, connection);
        } catch (SQLException | RuntimeException e) {
            Sql.closeQuietly(connection);
            if (e instanceof ObservationStoreException known) {
                throw known;
            }
            throw new ObservationStoreException("cannot prepare the observation store " + location.describe() + ": "
                    + Sql.reason(e), e);
        }
    }

    /** PostgreSQL advisory locks are two ints: this one names the store's writers ("KSC\u0002"). */
    private static final int WRITER_LOCK = 0x4b534302;

    /** SQLite's primary result code for "another connection holds the lock". */
    private static final int SQLITE_BUSY = 5;
    private static final long WAL_SWITCH_PATIENCE_NANOS = 10_000_000_000L;

    /**
     * Turning a fresh file to WAL needs its exclusive lock. When another workbench opening the same
     * fresh file holds a shared lock at that moment, SQLite answers SQLITE_BUSY at once, without its
     * busy handler (waiting could deadlock two upgraders), so the retry is ours: short random
     * pauses for up to ten seconds. Once one opener has switched, the mode is in the file and the
     * others' switch is a no-op.
     */
    private static void switchToWriteAheadLog(Statement statement, StoreLocation location) throws SQLException {
        long deadline = System.nanoTime() + WAL_SWITCH_PATIENCE_NANOS;
        while (true) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode=WAL")) {
                String now = mode.next() ? mode.getString(1) : "";
                if (!"wal".equalsIgnoreCase(now)) {
                    throw new ObservationStoreException(location.describe()
                            + ": SQLite could not keep this store in WAL mode (it reports '" + now
                            + "'); is the file on a network share?");
                }
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(2, 20));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ObservationStoreException(location.describe()
                        + ": interrupted while waiting for another workbench to finish opening it", interrupted);
            }
        }
    }

    public StoreLocation location() {
        return location;
    }

    /**
     * Group commit: a caller that finds another committing waits, and whoever commits next takes
     * every batch that arrived meanwhile into its one transaction. Sources on several threads (one
     * log stream per node, concurrent webhook posts) then parse while the store writes, and pay one
     * commit, one sync, one round of index pages for many batches. Each caller still returns only
     * after its own observations are committed and, on SQLite, synced to disk. A batch is packed
     * (details, compressed events' JSON) by its own caller before it waits, so that work too overlaps
     * another's commit.
     */
    @Override
    public AddResult add(List<Observation> observations) {
        return observations.isEmpty() ? AddResult.NONE : add(PackedBatch.of(observations));
    }

    /** A batch that packs each observation's details and JSON as it is handed over. */
    @Override
    public ObservationBatch batch(int expected) {
        return new PackedBatch(expected);
    }

    @Override
    public AddResult add(ObservationBatch batch) {
        return ObservationStoreException.await(addLater(batch));
    }

    /**
     * Commits the batch (with whatever else is waiting) on the caller's thread and returns; on
     * SQLite the future completes once the log is synced ({@link WalSync}), while the caller reads on.
     * When another writer is committing at that moment, the batch is left to it: that writer looks
     * for waiting batches again once it has let go of the store, and this caller reads on meanwhile
     * instead of waiting idle for the lock (with a stream per core, that wait left a core idle).
     */
    @Override
    public CompletableFuture<AddResult> addLater(ObservationBatch batch) {
        if (batch.size() == 0) {
            return CompletableFuture.completedFuture(AddResult.NONE);
        }
        PendingAdd mine = PendingAdd.packed(batch instanceof PackedBatch packed ? packed
                : PackedBatch.of(batch.observations()));
        waiting.add(mine);
        while (!waiting.isEmpty()) {
            if (!lock.tryLock()) {
                if (committing) {
                    // seen after our batch was queued, so the committer's next look finds it
                    break;
                }
                // a reader holds the store, or a writer is about to let go: wait for it
                lock.lock();
            }
            try {
                if (closed) {
                    failWaiting();
                } else {
                    committing = true;
                    commitWaiting();
                }
            } finally {
                committing = false;
                lock.unlock();
            }
        }
        return mine.settled();
    }

    /** Commits every batch waiting: the caller's own, and those other writers queued meanwhile. */
    private void commitWaiting() {
        List<PendingAdd> group = new ArrayList<>();
        for (PendingAdd next = waiting.poll(); next != null; next = waiting.poll()) {
            group.add(next);
        }
        if (!group.isEmpty()) {
            commit(group);
        }
    }

    private void failWaiting() {
        for (PendingAdd next = waiting.poll(); next != null; next = waiting.poll()) {
            next.fail(new ObservationStoreException("the observation store " + location.describe()
                    + " is closed: nothing more can be added"));
        }
    }

    /** Commits the group in one transaction; when that fails, each batch alone, so one cannot fail the rest. */
    private void commit(List<PendingAdd> group) {
        try {
            write(group);
            return;
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection);
            // rows bound before the failure must not ride along with the next attempt
            Sql.clearQuietly(insert);
            Sql.clearQuietly(deleteBlock);
            Sql.clearQuietly(insertMatch);
            Sql.clearQuietly(insertLoose);
            if (group.size() == 1) {
                group.get(0).fail(new ObservationStoreException("cannot store observations in "
                        + location.describe() + ": " + Sql.reason(e), e));
                return;
            }
        }
        for (PendingAdd one : group) {
            commit(List.of(one));
        }
    }

    private void write(List<PendingAdd> group) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO observations (dedup_key, event_time, source, "
                    + "raw_block, details) VALUES (?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING");
            insertBlock = connection.prepareStatement(
                    "INSERT INTO observation_raw (events, details) VALUES (?, ?) RETURNING id");
            deleteBlock = connection.prepareStatement("DELETE FROM observation_raw WHERE id = ?");
            insertMatch = connection.prepareStatement("INSERT INTO observation_matches "
                    + "(dedup_key, tripwire, node, outcome, reason) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (dedup_key, tripwire) DO NOTHING");
            insertLoose = connection.prepareStatement("INSERT INTO observation_loose "
                    + "(block, first_time, last_time, entry_count, entries) VALUES (?, ?, ?, ?, ?)");
            if (!location.isSqlite()) {
                writersOneByOne = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))");
                writersOneByOne.setInt(1, WRITER_LOCK);
            }
        }
        if (writersOneByOne != null) {
            // the check for loose duplicates reads before it writes: two writers must not both pass it
            writersOneByOne.execute();
        }
        // on SQLite the first insert takes the write lock, so the check below reads the newest state
        long[] blocks = new long[group.size()];
        for (int i = 0; i < group.size(); i++) {
            insertBlock.setBytes(1, group.get(i).events);
            insertBlock.setBytes(2, group.get(i).details);
            try (ResultSet id = insertBlock.executeQuery()) {
                id.next();
                blocks[i] = id.getLong(1);
            }
        }
        LooseKeys.Placement placement = looseKeys.place(connection, group);
        LooseKeys.Place[][] places = placement.places();
        boolean anyRow = false;
        for (int i = 0; i < group.size(); i++) {
            PendingAdd pending = group.get(i);
            for (int slot = 0; slot < pending.observations.size(); slot++) {
                if (places[i][slot] != LooseKeys.Place.ROW) {
                    continue;
                }
                Observation observation = pending.observations.get(slot);
                insert.setString(1, observation.dedupKey());
                insert.setLong(2, pending.batch.eventNanos(slot));
                insert.setString(3, observation.source().key());
                insert.setLong(4, blocks[i]);
                insert.setBytes(5, pending.references[slot]);
                insert.addBatch();
                anyRow = true;
            }
        }
        int[] counts = anyRow ? insert.executeBatch() : new int[0];
        List<List<Observation>> added = new ArrayList<>(group.size());
        boolean[] keptLoose = new boolean[group.size()];
        boolean anyMatch = false;
        boolean anyUnused = false;
        boolean anyLoose = false;
        int row = 0;
        for (int i = 0; i < group.size(); i++) {
            PendingAdd pending = group.get(i);
            List<Observation> fresh = new ArrayList<>(pending.observations.size());
            int loose = 0;
            for (int slot = 0; slot < pending.observations.size(); slot++) {
                Observation observation = pending.observations.get(slot);
                LooseKeys.Place place = places[i][slot];
                if (place == LooseKeys.Place.LOOSE) {
                    loose++;
                    fresh.add(observation);
                    continue;
                }
                if (place != LooseKeys.Place.ROW || counts[row++] == 0) {
                    continue;
                }
                fresh.add(observation);
                for (TripwireMatch match : observation.matches()) {
                    insertMatch.setString(1, observation.dedupKey());
                    insertMatch.setString(2, match.tripwireId());
                    insertMatch.setString(3, match.nodeId());
                    insertMatch.setString(4, match.outcome().key());
                    insertMatch.setString(5, match.reason());
                    insertMatch.addBatch();
                    anyMatch = true;
                }
            }
            if (fresh.isEmpty()) {
                // a redelivery: nothing points into its block
                deleteBlock.setLong(1, blocks[i]);
                deleteBlock.addBatch();
                anyUnused = true;
            }
            if (loose > 0) {
                // kept loose are some of the candidates: when as many, all of them, as packed already
                LooseIndex.Packed index = loose == pending.looseIndex.count() ? pending.looseIndex
                        : LooseIndex.Packed.of(looseEntries(pending, places[i], blocks[i]));
                insertLoose.setLong(1, blocks[i]);
                insertLoose.setLong(2, index.first());
                insertLoose.setLong(3, index.last());
                insertLoose.setInt(4, index.count());
                insertLoose.setBytes(5, index.bytes());
                insertLoose.addBatch();
                anyLoose = true;
                keptLoose[i] = true;
            }
            added.add(fresh);
        }
        if (anyMatch) {
            insertMatch.executeBatch();
        }
        if (anyUnused) {
            deleteBlock.executeBatch();
        }
        if (anyLoose) {
            insertLoose.executeBatch();
        }
        connection.commit();
        for (int i = 0; i < group.size(); i++) {
            if (keptLoose[i]) {
                looseKeys.committed(blocks[i], placement);
            }
            PendingAdd pending = group.get(i);
            AddResult result = new AddResult(added.get(i), pending.observations.size() - added.get(i).size());
            if (walSync != null) {
                walSync.committed(pending, result);
            } else {
                pending.succeed(result);
            }
        }
    }

    /** The entries of the batch's observations placed loose: fewer than its candidates, after a redelivery. */
    private static List<LooseEntry> looseEntries(PendingAdd pending, LooseKeys.Place[] places, long block) {
        List<LooseEntry> loose = new ArrayList<>();
        for (int slot = 0; slot < places.length; slot++) {
            if (places[slot] == LooseKeys.Place.LOOSE) {
                Observation observation = pending.observations.get(slot);
                loose.add(new LooseEntry(block, slot, pending.batch.eventNanos(slot), observation.source(),
                        observation.dedupKey()));
            }
        }
        return loose;
    }

    @Override
    public List<Observation> find(ObservationQuery query) {
        return locked(() -> select(query));
    }

    @Override
    public long count(ObservationQuery query) {
        return locked(() -> countOf(query));
    }

    private <T> T locked(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private List<Observation> select(ObservationQuery query) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM observations o" + where(query, parameters)
                + " ORDER BY o.event_time DESC, o.dedup_key" + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
        try (PreparedStatement select = connection.prepareStatement(sql);
             RawBlockReader raws = new RawBlockReader(connection);
             LooseReads loose = new LooseReads(connection, query)) {
            bindAll(select, parameters);
            List<StoredRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(StoredRow.of(result));
                }
            }
            if (LooseReads.apply(query)) {
                // the newest rows are known; a loose observation counts only if newer than the last of them
                Long oldest = query.limit() > 0 && rows.size() == query.limit() ? Long.valueOf(rows.get(rows.size() - 1)
                        .eventTime) : query.from() == null ? null : nanos(query.from());
                for (LooseEntry entry : loose.newest(oldest, query.limit())) {
                    rows.add(StoredRow.of(entry));
                }
                rows.sort(StoredRow.NEWEST_FIRST);
                if (query.limit() > 0 && rows.size() > query.limit()) {
                    rows.subList(query.limit(), rows.size()).clear();
                }
            }
            List<Observation> out = new ArrayList<>(rows.size());
            for (StoredRow row : rows) {
                out.add(row.observation(raws, true));
            }
            connection.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection);
            if (e instanceof ObservationStoreException known) {
                throw known;
            }
            throw new ObservationStoreException("cannot read observations from " + location.describe() + ": "
                    + Sql.reason(e), e);
        }
    }

    @Override
    public void scan(ObservationQuery query, Set<SensorKind> rawOf, Consumer<Observation> each) {
        lock.lock();
        try {
            scanLocked(query, rawOf, each);
        } finally {
            lock.unlock();
        }
    }

    private void scanLocked(ObservationQuery query, Set<SensorKind> rawOf, Consumer<Observation> each) {
        List<Object> parameters = new ArrayList<>();
        // one pass in the time index's order, no sort (ties are put in key order here, see SameTime)
        String sql = "SELECT " + COLUMNS + " FROM observations o" + where(query, parameters) + " ORDER BY o.event_time";
        try (PreparedStatement select = connection.prepareStatement(sql);
             RawBlockReader raws = new RawBlockReader(connection);
             LooseReads loose = new LooseReads(connection, query)) {
            select.setFetchSize(1000);
            bindAll(select, parameters);
            LooseReads.Cursor looseInTime = LooseReads.apply(query) ? loose.cursor() : null;
            try (ResultSet result = select.executeQuery()) {
                SameTime sameTime = new SameTime(each);
                LooseReads.Sink<StoredRow> hand = row -> sameTime.add(row.eventTime, row.observation(raws,
                        rawOf.contains(row.source)));
                while (result.next()) {
                    StoredRow row = StoredRow.of(result);
                    if (looseInTime != null) {
                        looseInTime.through(row.eventTime, entry -> hand.accept(StoredRow.of(entry)));
                    }
                    hand.accept(row);
                }
                if (looseInTime != null) {
                    looseInTime.rest(entry -> hand.accept(StoredRow.of(entry)));
                }
                sameTime.flush();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection);
            if (e instanceof ObservationStoreException known) {
                throw known;
            }
            throw new ObservationStoreException("cannot read observations from " + location.describe() + ": "
                    + Sql.reason(e), e);
        }
    }

    private long countOf(ObservationQuery query) {
        List<Object> parameters = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM observations o"
                + where(query, parameters))) {
            bindAll(select, parameters);
            long count;
            try (ResultSet result = select.executeQuery()) {
                result.next();
                count = result.getLong(1);
            }
            if (LooseReads.apply(query)) {
                try (LooseReads loose = new LooseReads(connection, query)) {
                    count += loose.count();
                }
            }
            connection.commit();
            return count;
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection);
            throw new ObservationStoreException("cannot count observations in " + location.describe() + ": "
                    + Sql.reason(e), e);
        }
    }

    /** The {@code WHERE} clause of the query over {@code observations o}; its values are added to {@code parameters}. */
    static String where(ObservationQuery query, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.from() != null) {
            conditions.add("o.event_time >= ?");
            parameters.add(nanos(query.from()));
        }
        if (query.to() != null) {
            conditions.add("o.event_time < ?");
            parameters.add(nanos(query.to()));
        }
        if (query.source() != null) {
            conditions.add("o.source = ?");
            parameters.add(query.source().key());
        }
        // not a correlated EXISTS: for each row SQLite then walked every match of the node through its
        // index (40 s for a node of 13,000 matches); the keys of the trip-wire's or node's matches are
        // looked up once, through their index, and the rows selected by key
        if (query.tripwireId() != null) {
            conditions.add("o.dedup_key IN (SELECT m.dedup_key FROM observation_matches m WHERE m.tripwire = ?)");
            parameters.add(query.tripwireId());
        }
        if (query.nodeId() != null) {
            conditions.add("o.dedup_key IN (SELECT m.dedup_key FROM observation_matches m WHERE m.node = ?)");
            parameters.add(query.nodeId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bindAll(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            commitWaiting();
            if (walSync != null) {
                // what was committed is synced and acknowledged while the log is still there
                walSync.close();
            }
            Sql.closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    static long nanos(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** One row of {@code observations} as read: four columns and the packed details. */
    private record StoredRow(String dedupKey, long eventTime, SensorKind source, long rawBlock, byte[] details) {

        /** Newest first, ties in key order, as {@code ORDER BY event_time DESC, dedup_key} sorts them. */
        static final Comparator<StoredRow> NEWEST_FIRST = Comparator.comparingLong(StoredRow::eventTime).reversed()
                .thenComparing(StoredRow::dedupKey);

        static StoredRow of(ResultSet result) throws SQLException {
            return new StoredRow(result.getString(1), result.getLong(2), SensorKind.fromKey(result.getString(3)),
                    result.getLong(4), result.getBytes(5));
        }

        /** A loose observation read as a row would be: its details are in its block, at its slot. */
        static StoredRow of(LooseEntry entry) {
            return new StoredRow(entry.dedupKey(), entry.time(), entry.source(), entry.block(),
                    ObservationDetails.inBlock(entry.slot()));
        }

        Observation observation(RawBlockReader blocks, boolean withRaw) throws SQLException {
            int slot = ObservationDetails.blockSlot(details);
            ObservationDetails.Unpacked unpacked = ObservationDetails.unpack(slot < 0 ? details
                    : blocks.details(rawBlock, slot));
            return new Observation(instant(eventTime), instant(unpacked.receivedNanos()), source, unpacked.origin(),
                    unpacked.actor(), unpacked.object(), unpacked.matches(), dedupKey,
                    withRaw ? blocks.event(rawBlock, unpacked.rawSlot()) : "");
        }
    }

    /**
     * Hands on the observations of one instant in dedup key order as Java compares keys: the scan
     * orders by time only (the time index's own order, no sort), so the rows of one instant may
     * come in any order. Most instants have one observation, which passes straight through.
     */
    private static final class SameTime {

        private static final Comparator<Observation> BY_KEY = Comparator.comparing(Observation::dedupKey);
        private final Consumer<Observation> each;
        private final List<Observation> waiting = new ArrayList<>();
        private long instant;

        SameTime(Consumer<Observation> each) {
            this.each = each;
        }

        void add(long eventTime, Observation observation) {
            if (eventTime != instant) {
                flush();
                instant = eventTime;
            }
            waiting.add(observation);
        }

        void flush() {
            if (waiting.size() > 1) {
                waiting.sort(BY_KEY);
            }
            for (Observation observation : waiting) {
                each.accept(observation);
            }
            waiting.clear();
        }
    }
}
