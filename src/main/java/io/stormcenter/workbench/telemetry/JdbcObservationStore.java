package io.stormcenter.workbench.telemetry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The observation store over plain JDBC: a SQLite file by default (WAL, synchronous commits),
 * or PostgreSQL for a team; the same statements for both. One connection, used by one thread at
 * a time: writers are few (one collector) and a batch is one transaction.
 */
public final class JdbcObservationStore implements ObservationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "dedup_key, event_time, received_time, source, origin, outcome, "
            + "tripwire, node, actor, object, raw";
    private static final int KEYS_PER_QUERY = 500;

    private final StoreLocation location;
    private final Connection connection;
    /** One connection, so one user at a time: the committing writer, or a reader. */
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<PendingAdd> waiting = new ConcurrentLinkedQueue<>();
    /** Prepared once and kept: SQLite compiles a statement on prepare. Guarded by {@link #lock}. */
    private PreparedStatement insert;
    private PreparedStatement insertMatch;

    private JdbcObservationStore(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
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
                    // WAL: readers (the window, a second CLI) do not block the collector; FULL: a
                    // committed batch survives a power cut, not only a killed process
                    statement.execute("PRAGMA journal_mode=WAL");
                    statement.execute("PRAGMA synchronous=FULL");
                    statement.execute("PRAGMA busy_timeout=10000");
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

    public StoreLocation location() {
        return location;
    }

    /**
     * Group commit: a caller that finds another committing waits, and whoever commits next takes
     * every batch that arrived meanwhile into its one transaction. Sources on several threads (one
     * log stream per node, concurrent webhook posts) then parse while the store writes, and pay one
     * commit, one sync, one round of index pages for many batches. Each caller still returns only
     * after its own observations are committed.
     */
    @Override
    public AddResult add(List<Observation> observations) {
        if (observations.isEmpty()) {
            return AddResult.NONE;
        }
        PendingAdd mine = new PendingAdd(observations);
        waiting.add(mine);
        lock.lock();
        try {
            if (!mine.done()) {
                List<PendingAdd> group = new ArrayList<>();
                for (PendingAdd next = waiting.poll(); next != null; next = waiting.poll()) {
                    group.add(next);
                }
                commit(group);
            }
        } finally {
            lock.unlock();
        }
        return mine.result();
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
            Sql.clearQuietly(insertMatch);
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
            insert = connection.prepareStatement("INSERT INTO observations (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING");
            insertMatch = connection.prepareStatement("INSERT INTO observation_matches "
                    + "(dedup_key, tripwire, node, outcome, reason) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (dedup_key, tripwire) DO NOTHING");
        }
        for (PendingAdd pending : group) {
            for (Observation observation : pending.observations) {
                bind(insert, observation);
                insert.addBatch();
            }
        }
        int[] counts = insert.executeBatch();
        List<List<Observation>> added = new ArrayList<>(group.size());
        boolean anyMatch = false;
        int row = 0;
        for (PendingAdd pending : group) {
            List<Observation> fresh = new ArrayList<>(pending.observations.size());
            for (Observation observation : pending.observations) {
                if (counts[row++] == 0) {
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
            added.add(fresh);
        }
        if (anyMatch) {
            insertMatch.executeBatch();
        }
        connection.commit();
        for (int i = 0; i < group.size(); i++) {
            PendingAdd pending = group.get(i);
            pending.succeed(new AddResult(added.get(i), pending.observations.size() - added.get(i).size()));
        }
    }

    private static void bind(PreparedStatement insert, Observation observation) throws SQLException {
        insert.setString(1, observation.dedupKey());
        insert.setLong(2, nanos(observation.eventTime()));
        insert.setLong(3, nanos(observation.receivedTime()));
        insert.setString(4, observation.source().key());
        insert.setString(5, observation.origin());
        insert.setString(6, observation.outcome().key());
        insert.setString(7, observation.tripwireId());
        insert.setString(8, observation.nodeId());
        insert.setString(9, actorJson(observation.actor()));
        insert.setString(10, observation.object());
        insert.setString(11, observation.raw());
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
                + " ORDER BY event_time DESC, dedup_key" + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bindAll(select, parameters);
            Map<String, Row> rows = new LinkedHashMap<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Row row = Row.of(result);
                    rows.put(row.dedupKey, row);
                }
            }
            Map<String, List<TripwireMatch>> matches = matchesOf(rows);
            connection.commit();
            List<Observation> out = new ArrayList<>(rows.size());
            for (Row row : rows.values()) {
                out.add(row.observation(matches.getOrDefault(row.dedupKey, List.of())));
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection);
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
        String raw = rawOf.isEmpty() ? "''" : "CASE WHEN o.source IN (" + String.join(", ",
                Collections.nCopies(rawOf.size(), "?")) + ") THEN o.raw ELSE '' END";
        rawOf.stream().map(SensorKind::key).sorted().forEach(parameters::add);
        // one pass in the time index's order, no sort (ties are put in key order here, see SameTime); an
        // observation's matches come on consecutive rows, joined to it as it is read
        String sql = "SELECT o.dedup_key, o.event_time, o.received_time, o.source, o.origin, o.actor, o.object, "
                + raw + ", m.tripwire, m.node, m.outcome, m.reason FROM observations o "
                + "LEFT JOIN observation_matches m ON m.dedup_key = o.dedup_key" + where(query, parameters)
                + " ORDER BY o.event_time";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(1000);
            bindAll(select, parameters);
            try (ResultSet result = select.executeQuery()) {
                SameTime sameTime = new SameTime(each);
                while (result.next()) {
                    Scanned scanned = sameTime.row(result);
                    String tripwire = result.getString(9);
                    if (tripwire != null) {
                        scanned.matches.add(new TripwireMatch(tripwire, result.getString(10),
                                Outcome.fromKey(result.getString(11)), result.getString(12)));
                    }
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
            try (ResultSet result = select.executeQuery()) {
                result.next();
                long count = result.getLong(1);
                connection.commit();
                return count;
            }
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection);
            throw new ObservationStoreException("cannot count observations in " + location.describe() + ": "
                    + Sql.reason(e), e);
        }
    }

    private static String where(ObservationQuery query, List<Object> parameters) {
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
        if (query.tripwireId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM observation_matches m WHERE m.dedup_key = o.dedup_key "
                    + "AND m.tripwire = ?)");
            parameters.add(query.tripwireId());
        }
        if (query.nodeId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM observation_matches m WHERE m.dedup_key = o.dedup_key "
                    + "AND m.node = ?)");
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

    private Map<String, List<TripwireMatch>> matchesOf(Map<String, Row> rows) throws SQLException {
        List<String> keys = rows.values().stream().filter(r -> !Outcome.UNMATCHED.key().equals(r.outcome))
                .map(r -> r.dedupKey).toList();
        Map<String, List<TripwireMatch>> out = new LinkedHashMap<>();
        for (int start = 0; start < keys.size(); start += KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(start, Math.min(keys.size(), start + KEYS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT dedup_key, tripwire, node, outcome, "
                    + "reason FROM observation_matches WHERE dedup_key IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        out.computeIfAbsent(result.getString(1), k -> new ArrayList<>()).add(new TripwireMatch(
                                result.getString(2), result.getString(3), Outcome.fromKey(result.getString(4)),
                                result.getString(5)));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        lock.lock();
        try {
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

    /** The actor's fields as {@link Actor#fields()} names them, written straight (no map per row). */
    static String actorJson(Actor actor) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.writeStartObject();
            field(json, "user", actor.user());
            list(json, "groups", actor.groups());
            field(json, "impersonatedUser", actor.impersonatedUser());
            list(json, "sourceIPs", actor.sourceIps());
            field(json, "userAgent", actor.userAgent());
            field(json, "node", actor.node());
            field(json, "namespace", actor.namespace());
            field(json, "pod", actor.pod());
            field(json, "containerId", actor.containerId());
            field(json, "binary", actor.binary());
            field(json, "arguments", actor.arguments());
            field(json, "execId", actor.execId());
            field(json, "parentExecId", actor.parentExecId());
            field(json, "auid", actor.auid());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return out.toString();
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }

    private static void list(JsonGenerator json, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
    }

    /**
     * An actor from its stored JSON, token by token: a window of a million rows reads one per row,
     * and building a map per row first cost more than the rest of the row's read.
     */
    static Actor actor(String json) {
        Map<String, String> text = new java.util.HashMap<>();
        List<String> groups = List.of();
        List<String> sourceIps = List.of();
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ObservationStoreException("a stored actor is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    List<String> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(parser.getValueAsString());
                    }
                    if ("groups".equals(name)) {
                        groups = items;
                    } else if ("sourceIPs".equals(name)) {
                        sourceIps = items;
                    }
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                } else {
                    text.put(name, parser.getValueAsString());
                }
            }
        } catch (java.io.IOException e) {
            throw new ObservationStoreException("a stored actor is not JSON ("
                    + (e instanceof JsonProcessingException bad ? bad.getOriginalMessage() : e.getMessage()) + ")");
        }
        return new Actor(text.get("user"), groups, text.get("impersonatedUser"), sourceIps, text.get("userAgent"),
                text.get("node"), text.get("namespace"), text.get("pod"), text.get("containerId"), text.get("binary"),
                text.get("arguments"), text.get("execId"), text.get("parentExecId"), text.get("auid"));
    }

    /** An observation being read by {@link #scan}, its matches gathered from consecutive rows. */
    private record Scanned(String dedupKey, long eventTime, long receivedTime, String source, String origin,
                           String actor, String object, String raw, List<TripwireMatch> matches) {

        Observation observation() {
            return new Observation(instant(eventTime), instant(receivedTime), SensorKind.fromKey(source), origin,
                    JdbcObservationStore.actor(actor), object, matches, dedupKey, raw);
        }
    }

    /**
     * Gathers the rows of one instant and hands their observations on in dedup key order as Java
     * compares keys: the query orders by time only (the time index's own order, no sort), so the
     * rows of one instant, an observation's matches among them, may come in any order.
     */
    private static final class SameTime {

        private final Consumer<Observation> each;
        private final Map<String, Scanned> waiting = new java.util.TreeMap<>();
        private long instant;

        SameTime(Consumer<Observation> each) {
            this.each = each;
        }

        /** The observation a row belongs to, made at its first row. */
        Scanned row(ResultSet result) throws SQLException {
            long eventTime = result.getLong(2);
            if (eventTime != instant) {
                flush();
                instant = eventTime;
            }
            String key = result.getString(1);
            Scanned scanned = waiting.get(key);
            if (scanned == null) {
                scanned = new Scanned(key, eventTime, result.getLong(3), result.getString(4), result.getString(5),
                        result.getString(6), result.getString(7), result.getString(8), new ArrayList<>(1));
                waiting.put(key, scanned);
            }
            return scanned;
        }

        void flush() {
            for (Scanned scanned : waiting.values()) {
                each.accept(scanned.observation());
            }
            waiting.clear();
        }
    }

    /** One row of {@code observations}, before its matches are read. */
    private record Row(String dedupKey, long eventTime, long receivedTime, String source, String origin,
                       String outcome, String actor, String object, String raw) {

        static Row of(ResultSet result) throws SQLException {
            return new Row(result.getString(1), result.getLong(2), result.getLong(3), result.getString(4),
                    result.getString(5), result.getString(6), result.getString(9), result.getString(10),
                    result.getString(11));
        }

        Observation observation(List<TripwireMatch> matches) {
            return new Observation(instant(eventTime), instant(receivedTime), SensorKind.fromKey(source), origin,
                    JdbcObservationStore.actor(actor), object, matches, dedupKey, raw);
        }
    }
}
