package io.stormcenter.workbench.telemetry;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the observation store is: a SQLite file (the default, {@code MODEL.observations.db}
 * beside the model) or a database by JDBC URL ({@code jdbc:postgresql://host/db?user=..}).
 *
 * @param jdbcUrl the URL to connect with; may carry a password, so never shown: see {@link #describe()}
 */
public record StoreLocation(String jdbcUrl) {

    private static final String SQLITE = "jdbc:sqlite:";

    public StoreLocation {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a store is a file or a jdbc: URL");
        }
    }

    /** A file path or a {@code jdbc:} URL, as a user types it. */
    public static StoreLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the store is empty: name a file or a jdbc: URL");
        }
        return text.startsWith("jdbc:") ? new StoreLocation(text) : file(Path.of(text));
    }

    public static StoreLocation file(Path file) {
        return new StoreLocation(SQLITE + file.toAbsolutePath());
    }

    /** {@code tree.json} keeps its observations in {@code tree.observations.db}. */
    public static StoreLocation besideModel(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file(model.toAbsolutePath().resolveSibling(base + ".observations.db"));
    }

    public boolean isSqlite() {
        return jdbcUrl.startsWith(SQLITE);
    }

    /** The SQLite file, or null for a server. */
    public Path sqliteFile() {
        return isSqlite() ? Path.of(jdbcUrl.substring(SQLITE.length()).split("\\?", 2)[0]) : null;
    }

    /** The store for messages: a file's path, or a server URL without credentials or parameters. */
    public String describe() {
        if (isSqlite()) {
            return sqliteFile().toString();
        }
        String withoutQuery = jdbcUrl.split("[?;]", 2)[0];
        // jdbc:postgresql://user:password@host/db: drop what precedes '@' in the authority
        int scheme = withoutQuery.indexOf("//");
        int at = withoutQuery.indexOf('@');
        if (scheme >= 0 && at > scheme) {
            withoutQuery = withoutQuery.substring(0, scheme + 2) + withoutQuery.substring(at + 1);
        }
        return withoutQuery.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? withoutQuery : "a database";
    }

    @Override
    public String toString() {
        return describe();
    }
}
