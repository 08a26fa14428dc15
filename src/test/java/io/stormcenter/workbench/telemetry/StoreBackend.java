package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases the store tests run against: a SQLite file, and the PostgreSQL server whose
 * URL {@code KSC_TEST_POSTGRES_URL} names ({@code .ci/run} starts one on loopback). Without the
 * URL the PostgreSQL runs are skipped on a developer's machine, and fail under CI.
 */
enum StoreBackend {
    SQLITE,
    POSTGRESQL;

    static final String POSTGRES_URL = "KSC_TEST_POSTGRES_URL";

    /** A new, empty store location of this kind. */
    StoreLocation freshLocation(Path folder) {
        if (this == SQLITE) {
            return StoreLocation.file(folder.resolve("observations-" + UUID.randomUUID() + ".db"));
        }
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail(POSTGRES_URL + " is not set under CI: .ci/run starts PostgreSQL and sets it");
            }
            assumeTrue(false, POSTGRES_URL + " not set: PostgreSQL store tests skipped on this machine");
        }
        // a schema per test: each starts empty, and a failed one leaves nothing behind for the next
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot reach the test PostgreSQL at " + new StoreLocation(url).describe() + ": " + e.getMessage());
        }
        return new StoreLocation(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }
}
