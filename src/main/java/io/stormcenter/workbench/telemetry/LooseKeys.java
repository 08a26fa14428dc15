package io.stormcenter.workbench.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, inside a group commit, where each observation goes: a row, only its batch's block
 * ({@link LooseIndex}), or nowhere because it is stored already. A loose observation has no key in
 * a unique index to refuse its redelivery, so the check is here: against the loose observations of
 * the blocks whose time range overlaps the group's, and against the rows of that range. A row is
 * checked against the loose ones too, so that an event matched differently on a second delivery (a
 * plan deployed again) is still stored once.
 *
 * <p>A sustained stream checks each commit against the last few blocks (another node's stream,
 * interleaved in time): their keys are kept here once committed, so the check costs a look-up per
 * event. Committed blocks never change, so what is kept never goes stale.
 */
final class LooseKeys {

    enum Place { ROW, LOOSE, KNOWN }

    /**
     * Where each observation of a group goes, by batch and slot, and the keys of those it keeps
     * loose (every block of the group shares the set once committed).
     */
    record Placement(Place[][] places, KeySet looseKeys) {
    }

    private static final int KEPT_BLOCKS = 64;
    /**
     * At most this many keys kept (about 30 MiB): a receiver's batch may hold tens of thousands of
     * events, and a sustained stream's check needs only the last few blocks. A group's blocks share
     * one set, counted once per block here, so the budget errs on the side of memory.
     */
    private static final long KEPT_KEYS = 200_000;
    /** Keys asked for by name at once when the range holds too many rows to read them all. */
    private static final int KEYS_PER_QUERY = 100;

    private final Map<Long, KeySet> kept = new LastUsed<>(KEPT_BLOCKS, KEPT_KEYS, KeySet::size);

    /** Where each observation of the group goes. */
    Placement place(Connection connection, List<PendingAdd> group) throws SQLException {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int observations = 0;
        for (PendingAdd pending : group) {
            observations += pending.observations.size();
        }
        // sized for the group at once: a batch holds thousands, and growing a set rehashes it each time;
        // keys and their hashes come from the batch's arrays, not from its observations (see KeySet)
        List<String> looseCandidates = new ArrayList<>(observations);
        KeySet rowKeys = new KeySet(16);
        for (PendingAdd pending : group) {
            PackedBatch batch = pending.batch;
            for (int slot = 0; slot < batch.size(); slot++) {
                long time = batch.eventNanos(slot);
                boolean timed;
                if (batch.mayBeLoose(slot)) {
                    looseCandidates.add(batch.key(slot));
                    timed = true;
                } else {
                    rowKeys.add(batch.keyHash(slot), batch.key(slot));
                    timed = EventNormaliser.keyCarries(batch.key(slot), time);
                }
                if (timed) {
                    first = Math.min(first, time);
                    last = Math.max(last, time);
                }
            }
        }
        List<KeySet> storedLoose = first <= last ? storedLoose(connection, first, last) : List.of();
        KeySet storedRows = looseCandidates.isEmpty() ? new KeySet(0)
                : storedRows(connection, first, last, looseCandidates);
        KeySet seen = new KeySet(looseCandidates.size());
        Place[][] places = new Place[group.size()][];
        for (int i = 0; i < group.size(); i++) {
            PackedBatch batch = group.get(i).batch;
            places[i] = new Place[batch.size()];
            for (int slot = 0; slot < places[i].length; slot++) {
                String key = batch.key(slot);
                int hash = batch.keyHash(slot);
                boolean storedAsLoose = contains(storedLoose, hash, key);
                if (batch.mayBeLoose(slot)) {
                    places[i][slot] = storedAsLoose || storedRows.contains(hash, key) || rowKeys.contains(hash, key)
                            || !seen.add(hash, key) ? Place.KNOWN : Place.LOOSE;
                } else {
                    places[i][slot] = storedAsLoose ? Place.KNOWN : Place.ROW;
                }
            }
        }
        return new Placement(places, seen);
    }

    /** Once the group is committed: the keys it kept loose, for the next commits' checks of its blocks. */
    void committed(long block, Placement placement) {
        kept.put(block, placement.looseKeys());
    }

    private static boolean contains(List<KeySet> sets, int hash, String key) {
        for (KeySet set : sets) {
            if (set.contains(hash, key)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the loose observations of every stored block whose time range meets [first, last]. */
    private List<KeySet> storedLoose(Connection connection, long first, long last) throws SQLException {
        List<Long> blocks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT block FROM observation_loose WHERE last_time >= ? AND first_time <= ?")) {
            select.setLong(1, first);
            select.setLong(2, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    blocks.add(rows.getLong(1));
                }
            }
        }
        // the blocks of one group share their set: check it once
        Set<KeySet> keys = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Long> missing = new ArrayList<>();
        for (Long block : blocks) {
            KeySet known = kept.get(block);
            if (known != null) {
                keys.add(known);
            } else {
                missing.add(block);
            }
        }
        if (!missing.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entries FROM observation_loose WHERE block = ?")) {
                for (Long block : missing) {
                    select.setLong(1, block);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            List<LooseEntry> entries = LooseIndex.unpack(block, rows.getBytes(1));
                            KeySet read = new KeySet(entries.size());
                            for (LooseEntry entry : entries) {
                                read.add(entry.dedupKey().hashCode(), entry.dedupKey());
                            }
                            kept.put(block, read);
                            keys.add(read);
                        }
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    /**
     * Which of the candidates are stored as rows: the rows of the range read whole when they are
     * few (a stream's matched events), else the candidates asked for by key (a replay over a range
     * already full of rows), so the check never reads more than about what it checks.
     */
    private static KeySet storedRows(Connection connection, long first, long last, List<String> candidates)
            throws SQLException {
        int enough = 2 * candidates.size() + 64;
        KeySet inRange = new KeySet(16);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT dedup_key FROM observations WHERE event_time >= ? AND event_time <= ? LIMIT ?")) {
            select.setLong(1, first);
            select.setLong(2, last);
            select.setInt(3, enough);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(1);
                    inRange.add(key.hashCode(), key);
                }
            }
        }
        if (inRange.size() < enough) {
            return inRange;
        }
        KeySet stored = new KeySet(16);
        StringBuilder sql = new StringBuilder("SELECT dedup_key FROM observations WHERE dedup_key IN (");
        for (int i = 0; i < KEYS_PER_QUERY; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement select = connection.prepareStatement(sql.append(')').toString())) {
            for (int from = 0; from < candidates.size(); from += KEYS_PER_QUERY) {
                for (int i = 0; i < KEYS_PER_QUERY; i++) {
                    // a short last chunk repeats its last key
                    select.setString(i + 1, candidates.get(Math.min(from + i, candidates.size() - 1)));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1);
                        stored.add(key.hashCode(), key);
                    }
                }
            }
        }
        return stored;
    }
}
