package io.stormcenter.workbench.telemetry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC chores: closing and rolling back without masking the first failure, and a failure's words. */
final class Sql {

    private Sql() {
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first failure is the one to report
        }
    }

    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the transaction is lost either way; the failure that caused the rollback is reported
        }
    }

    static void clearQuietly(Statement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.clearBatch();
        } catch (SQLException ignored) {
            // a statement that cannot clear its batch fails its next use, which is reported then
        }
    }

    /** The driver's words for a failure (drivers name the server and user, never a password). */
    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
