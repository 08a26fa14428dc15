package io.stormcenter.workbench.report;

import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.telemetry.Observation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sessions of the window in numbers: how many, seen by which sensors, on which days, first and
 * last seen, and from which addresses (by network only, unless the reader asked for them whole).
 */
record SessionSummary(int sessions, int observations, Instant firstSeen, Instant lastSeen,
                      SortedMap<String, Integer> bySource, SortedMap<LocalDate, Integer> byDay,
                      List<String> addresses, int distinctAddresses) {

    /** At most this many addresses are listed. */
    static final int LISTED_ADDRESSES = 12;

    static SessionSummary of(List<Session> sessions, boolean anonymise) {
        SortedMap<String, Integer> bySource = new TreeMap<>();
        SortedMap<LocalDate, Integer> byDay = new TreeMap<>();
        Set<String> addresses = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        int observations = 0;
        for (Session session : sessions) {
            observations += session.observations().size();
            first = first == null || session.firstSeen().isBefore(first) ? session.firstSeen() : first;
            last = last == null || session.lastSeen().isAfter(last) ? session.lastSeen() : last;
            byDay.merge(session.firstSeen().atZone(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum);
            Set<String> sources = new TreeSet<>();
            for (Observation o : session.observations()) {
                sources.add(o.source().key());
                addresses.addAll(o.actor().sourceIps());
            }
            sources.forEach(source -> bySource.merge(source, 1, Integer::sum));
        }
        Set<String> shown = new TreeSet<>();
        for (String address : addresses) {
            shown.add(anonymise ? AddressMask.mask(address) : address);
        }
        return new SessionSummary(sessions.size(), observations, first, last, bySource, byDay,
                shown.stream().limit(LISTED_ADDRESSES).toList(), addresses.size());
    }

    Map<String, Integer> sources() {
        return bySource;
    }
}
