package io.stormcenter.workbench.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The events' JSON and the observations' details for one read of the store: a block is fetched and
 * uncompressed when the first of its items is asked for, and the last few are kept, because a read
 * in time order asks for items of the same few batches one after another. Closed with the read.
 */
final class RawBlockReader implements AutoCloseable {

    /** A batch of the receiver may be 16 MiB of JSON: keep few. */
    private static final int EVENTS_KEPT = 6;
    /**
     * Details are a few hundred bytes an observation, and a scan in time order over batches that
     * overlap in time (a node's stream each, a replay beside a live stream) comes back to a batch
     * after visiting the others: keep many, but within a budget, as one receiver batch may hold
     * tens of thousands of observations.
     */
    private static final int DETAILS_KEPT = 64;
    private static final long DETAILS_BUDGET_BYTES = 64L << 20;

    private final Connection connection;
    private final Map<Long, RawBlock> events = new LastUsed<>(EVENTS_KEPT, Long.MAX_VALUE, RawBlock::plainBytes);
    private final Map<Long, RawBlock> details = new LastUsed<>(DETAILS_KEPT, DETAILS_BUDGET_BYTES, RawBlock::plainBytes);
    /** By the column they read ({@code events} or {@code details}), prepared when first needed. */
    private final Map<String, PreparedStatement> selects = new HashMap<>(2);

    RawBlockReader(Connection connection) {
        this.connection = connection;
    }

    /** The JSON of the event in {@code slot} of {@code block}. */
    String event(long block, int slot) throws SQLException {
        return kept(events, block, "events").event(slot);
    }

    /** The packed {@link ObservationDetails} in {@code slot} of {@code block}'s details. */
    byte[] details(long block, int slot) throws SQLException {
        return kept(details, block, "details").item(slot);
    }

    private RawBlock kept(Map<Long, RawBlock> cache, long block, String column) throws SQLException {
        RawBlock found = cache.get(block);
        if (found == null) {
            PreparedStatement select = selects.get(column);
            if (select == null) {
                select = connection.prepareStatement("SELECT " + column + " FROM observation_raw WHERE id = ?");
                selects.put(column, select);
            }
            found = fetch(select, block, column);
            cache.put(block, found);
        }
        return found;
    }

    private static RawBlock fetch(PreparedStatement select, long block, String what) throws SQLException {
        select.setLong(1, block);
        try (ResultSet rows = select.executeQuery()) {
            byte[] stored = rows.next() ? rows.getBytes(1) : null;
            if (stored == null) {
                throw new ObservationStoreException("a stored observation's " + what + " block " + block
                        + " is missing");
            }
            return RawBlock.unpack(stored);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement select : selects.values()) {
            select.close();
        }
    }
}
