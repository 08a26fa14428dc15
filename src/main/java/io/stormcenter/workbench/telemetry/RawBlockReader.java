package io.stormcenter.workbench.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events' JSON for one read of the store: a block is fetched and uncompressed when the first of
 * its events is asked for, and the last few are kept, because a read in time order asks for events
 * of the same few batches one after another. Closed with the read.
 */
final class RawBlockReader implements AutoCloseable {

    /** A batch of the receiver may be 16 MiB of JSON: keep few. */
    private static final int KEPT = 6;

    private final Connection connection;
    private final Map<Long, RawBlock> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RawBlock> eldest) {
            return size() > KEPT;
        }
    };
    private PreparedStatement select;

    RawBlockReader(Connection connection) {
        this.connection = connection;
    }

    /** The JSON of the event in {@code slot} of {@code block}. */
    String event(long block, int slot) throws SQLException {
        RawBlock found = kept.get(block);
        if (found == null) {
            if (select == null) {
                select = connection.prepareStatement("SELECT events FROM observation_raw WHERE id = ?");
            }
            select.setLong(1, block);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new ObservationStoreException("a stored observation's events block " + block
                            + " is missing");
                }
                found = RawBlock.unpack(rows.getBytes(1));
            }
            kept.put(block, found);
        }
        return found.event(slot);
    }

    @Override
    public void close() throws SQLException {
        if (select != null) {
            select.close();
        }
    }
}
