package io.stormcenter.workbench.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Reading the observations kept only in their batches' blocks ({@link LooseIndex}) beside the rows:
 * the blocks a query's window touches, found by their time ranges, and their entries that the query
 * selects. Loose observations match no trip-wire, so a query by trip-wire or node has none.
 */
final class LooseReads implements AutoCloseable {

    /** A block's loose observations: its time range and how many. */
    record Block(long id, long first, long last, int count) {
    }

    /** Newest first, ties in key order: the order of {@link ObservationStore#find}. */
    static final Comparator<LooseEntry> NEWEST_FIRST = Comparator.comparingLong(LooseEntry::time).reversed()
            .thenComparing(LooseEntry::dedupKey);

    private final Connection connection;
    private final ObservationQuery query;
    private PreparedStatement entries;

    LooseReads(Connection connection, ObservationQuery query) {
        this.connection = connection;
        this.query = query;
    }

    /** Whether the query can select loose observations at all. */
    static boolean apply(ObservationQuery query) {
        return query.tripwireId() == null && query.nodeId() == null;
    }

    /** The blocks whose time range meets the query's window (and, when given, starts before {@code before}). */
    List<Block> touching(Long from, Long to) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT block, first_time, last_time, entry_count FROM observation_loose");
        List<Long> bounds = new ArrayList<>(2);
        if (from != null) {
            sql.append(" WHERE last_time >= ?");
            bounds.add(from);
        }
        if (to != null) {
            sql.append(bounds.isEmpty() ? " WHERE" : " AND").append(" first_time < ?");
            bounds.add(to);
        }
        List<Block> blocks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < bounds.size(); i++) {
                select.setLong(i + 1, bounds.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    blocks.add(new Block(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getInt(4)));
                }
            }
        }
        return blocks;
    }

    /** The block's loose observations that the query selects, oldest first. */
    List<LooseEntry> selected(Block block) throws SQLException {
        if (entries == null) {
            entries = connection.prepareStatement("SELECT entries FROM observation_loose WHERE block = ?");
        }
        entries.setLong(1, block.id());
        byte[] stored;
        try (ResultSet rows = entries.executeQuery()) {
            if (!rows.next()) {
                throw new ObservationStoreException("the index of loose observations of block " + block.id()
                        + " is missing");
            }
            stored = rows.getBytes(1);
        }
        List<LooseEntry> selected = new ArrayList<>();
        for (LooseEntry entry : LooseIndex.unpack(block.id(), stored)) {
            if (selects(entry)) {
                selected.add(entry);
            }
        }
        return selected;
    }

    private boolean selects(LooseEntry entry) {
        return (query.from() == null || entry.time() >= JdbcObservationStore.nanos(query.from()))
                && (query.to() == null || entry.time() < JdbcObservationStore.nanos(query.to()))
                && (query.source() == null || query.source() == entry.source());
    }

    /** How many loose observations the query selects; a block wholly inside the window is counted unread. */
    long count() throws SQLException {
        Long from = from();
        Long to = to();
        long count = 0;
        for (Block block : touching(from, to)) {
            boolean inside = (from == null || block.first() >= from) && (to == null || block.last() < to);
            count += inside && query.source() == null ? block.count() : selected(block).size();
        }
        return count;
    }

    /**
     * The newest {@code limit} loose observations the query selects (all when 0) not older than
     * {@code oldest}, newest first. Blocks are read newest last time first, and reading stops once no
     * further block can hold one newer than the {@code limit}-th found.
     */
    List<LooseEntry> newest(Long oldest, int limit) throws SQLException {
        List<Block> blocks = new ArrayList<>(touching(oldest, to()));
        blocks.sort(Comparator.comparingLong(Block::last).reversed());
        List<LooseEntry> found = new ArrayList<>();
        for (Block block : blocks) {
            if (limit > 0 && found.size() >= limit && block.last() < found.get(limit - 1).time()) {
                break;
            }
            for (LooseEntry entry : selected(block)) {
                if (oldest == null || entry.time() >= oldest) {
                    found.add(entry);
                }
            }
            if (limit > 0) {
                found.sort(NEWEST_FIRST);
                if (found.size() > limit) {
                    found.subList(limit, found.size()).clear();
                }
            }
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** Takes what a read hands over; the read's own failures pass through. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(T item) throws SQLException;
    }

    /** A merge of the loose observations into a scan of rows in time order. */
    Cursor cursor() throws SQLException {
        List<Block> blocks = new ArrayList<>(touching(from(), to()));
        blocks.sort(Comparator.comparingLong(Block::first));
        return new Cursor(blocks);
    }

    /**
     * Hands over the loose observations in time order, interleaved with the rows a scan reads: the
     * blocks are opened as the scan reaches their first time, so only the blocks that overlap the
     * scan's current instant are held.
     */
    final class Cursor {
        private final List<Block> blocks;
        private final PriorityQueue<LooseEntry> open = new PriorityQueue<>(LooseEntry.OLDEST_FIRST);
        private int next;

        private Cursor(List<Block> blocks) {
            this.blocks = blocks;
        }

        /** Every loose observation at or before {@code time} not handed over yet, oldest first. */
        void through(long time, Sink<LooseEntry> each) throws SQLException {
            while (next < blocks.size() && blocks.get(next).first() <= time) {
                open.addAll(selected(blocks.get(next++)));
            }
            while (!open.isEmpty() && open.peek().time() <= time) {
                each.accept(open.poll());
            }
        }

        void rest(Sink<LooseEntry> each) throws SQLException {
            through(Long.MAX_VALUE, each);
        }
    }

    private Long from() {
        return query.from() == null ? null : JdbcObservationStore.nanos(query.from());
    }

    private Long to() {
        return query.to() == null ? null : JdbcObservationStore.nanos(query.to());
    }

    @Override
    public void close() throws SQLException {
        if (entries != null) {
            entries.close();
        }
    }
}
