package io.stormcenter.workbench.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables and how each version of them came about. Version {@code n} is reached by
 * running migration {@code n-1}; the version table says how far a store got, so an older store
 * is brought up to date on open and a newer one is refused instead of misread. Plain SQL that
 * SQLite and PostgreSQL both understand where it can be (one code path for both); a step that must
 * transform rows (schema 2 packs the actor and compresses the events' JSON) is Java over JDBC.
 */
final class StoreSchema {

    /** Schema 1, as it shipped: one wide row per observation, its actor as JSON, its event's JSON beside. */
    private static final List<String> WIDE_ROWS = List.of(
            """
            CREATE TABLE observations (
              dedup_key VARCHAR(200) PRIMARY KEY,
              event_time BIGINT NOT NULL,
              received_time BIGINT NOT NULL,
              source VARCHAR(32) NOT NULL,
              origin TEXT NOT NULL,
              outcome VARCHAR(16) NOT NULL,
              tripwire TEXT,
              node TEXT,
              actor TEXT NOT NULL,
              object TEXT,
              raw TEXT NOT NULL)""",
            "CREATE INDEX observations_by_time ON observations (event_time)",
            "CREATE INDEX observations_by_source ON observations (source, event_time)",
            """
            CREATE TABLE observation_matches (
              dedup_key VARCHAR(200) NOT NULL,
              tripwire TEXT NOT NULL,
              node TEXT NOT NULL,
              outcome VARCHAR(16) NOT NULL,
              reason TEXT,
              PRIMARY KEY (dedup_key, tripwire))""",
            "CREATE INDEX observation_matches_by_tripwire ON observation_matches (tripwire)",
            "CREATE INDEX observation_matches_by_node ON observation_matches (node)");

    /** Each entry takes the schema one version further; never edit one that shipped, add another. */
    private static final List<Migration> MIGRATIONS = List.of(
            (connection, sqlite) -> execute(connection, WIDE_ROWS),
            NarrowRows::migrate,
            // the details of a batch's observations, compressed together; rows stored before keep
            // their own (format 1), rows stored after refer to their slot here (format 2)
            (connection, sqlite) -> execute(connection, List.of(
                    "ALTER TABLE observation_raw ADD COLUMN details " + (sqlite ? "BLOB" : "BYTEA"))),
            // unmatched runtime events kept only in their batch's blocks, indexed per batch (LooseIndex);
            // apart from the blocks' big columns, so that reading the index never walks past them
            (connection, sqlite) -> execute(connection, List.of(
                    """
                    CREATE TABLE observation_loose (
                      block %s PRIMARY KEY,
                      first_time BIGINT NOT NULL,
                      last_time BIGINT NOT NULL,
                      entry_count INTEGER NOT NULL,
                      entries %s NOT NULL)""".formatted(sqlite ? "INTEGER" : "BIGINT", sqlite ? "BLOB" : "BYTEA"),
                    // covering what reads select blocks by and count, so that no block's entries are read for it
                    "CREATE INDEX observation_loose_by_time ON observation_loose (last_time, first_time, entry_count)")));

    static final int CURRENT = MIGRATIONS.size();

    /** One step from a version to the next, run in its own transaction (committed by the caller). */
    @FunctionalInterface
    interface Migration {
        void apply(Connection connection, boolean sqlite) throws SQLException;
    }

    static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The statements of schema 1 as it shipped, for tests that make a store of that version. */
    static List<String> firstVersion() {
        return WIDE_ROWS;
    }

    private StoreSchema() {
    }

    /** PostgreSQL advisory locks are two ints: this one names the workbench's migrations ("KSC\u0001"). */
    private static final int MIGRATION_LOCK = 0x4b534301;

    /**
     * Brings the store to the current version; each migration is its own transaction. Two
     * workbenches opening the same fresh store at once must not both migrate (the second would
     * fail on tables the first just made, or worse, half-apply a step): on PostgreSQL a session
     * advisory lock on the schema serialises them; on SQLite each step first takes the file's write
     * lock. Either way the version is read only while holding the lock, so the second finds the
     * first's work done.
     */
    static void migrate(Connection connection, String store, boolean sqlite) throws SQLException {
        if (!sqlite) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_advisory_lock(?, hashtext(current_schema()))")) {
                lock.setInt(1, MIGRATION_LOCK);
                lock.execute();
            }
        }
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            }
            connection.commit();
            while (true) {
                if (sqlite) {
                    try (Statement statement = connection.createStatement()) {
                        // a write that changes nothing still takes the write lock (waiting up to busy_timeout)
                        statement.executeUpdate("UPDATE schema_version SET version = version WHERE 1 = 0");
                    }
                }
                int version = versionInTransaction(connection);
                if (version > CURRENT) {
                    connection.rollback();
                    throw new ObservationStoreException(store + ": the store has schema version " + version
                            + ", newer than this workbench knows (" + CURRENT + "); use a newer workbench");
                }
                if (version == CURRENT) {
                    connection.commit();
                    return;
                }
                try (Statement statement = connection.createStatement()) {
                    MIGRATIONS.get(version).apply(connection, sqlite);
                    statement.executeUpdate("DELETE FROM schema_version");
                    statement.executeUpdate("INSERT INTO schema_version (version) VALUES (" + (version + 1) + ")");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            if (!sqlite) {
                unlock(connection);
            }
        }
    }

    private static void unlock(Connection connection) {
        try {
            connection.rollback();
            try (PreparedStatement unlock = connection.prepareStatement(
                    "SELECT pg_advisory_unlock(?, hashtext(current_schema()))")) {
                unlock.setInt(1, MIGRATION_LOCK);
                unlock.execute();
            }
            connection.commit();
        } catch (SQLException ignored) {
            // after a failure the store closes its connection, which ends the session and its lock
        }
    }

    private static int versionInTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            int version = rows.next() ? rows.getInt(1) : 0;
            connection.commit();
            return version;
        }
    }
}
