package io.stormcenter.workbench.ui.live;

import io.stormcenter.workbench.telemetry.Actor;
import io.stormcenter.workbench.telemetry.Observation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of the Live feed: an observation as the table shows it.
 *
 * @param time    the event's time of day, UTC, to the millisecond
 * @param actor   who acted, in a few words: the API user, else the pod and binary
 * @param subject the trip-wire and node it fired, else what it touched
 */
public record ObservationRow(String time, String source, String outcome, String tripwire, String node, String actor,
                             String subject, Observation observation) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static ObservationRow of(Observation observation) {
        String tripwire = observation.tripwireId() == null ? "" : observation.tripwireId();
        String node = observation.nodeId() == null ? "" : observation.nodeId();
        String subject = !tripwire.isEmpty() ? tripwire + " \u2192 " + node
                : observation.object() == null ? "" : observation.object();
        return new ObservationRow(CLOCK.format(observation.eventTime()), observation.source().key(),
                observation.outcome().key(), tripwire, node, actor(observation.actor()), subject, observation);
    }

    private static String actor(Actor actor) {
        if (actor.user() != null) {
            return actor.impersonatedUser() == null ? actor.user() : actor.user() + " as " + actor.impersonatedUser();
        }
        StringBuilder out = new StringBuilder();
        if (actor.pod() != null) {
            out.append(actor.namespace() == null ? "" : actor.namespace() + "/").append(actor.pod());
        }
        if (actor.binary() != null) {
            out.append(out.length() == 0 ? "" : " ").append(actor.binary());
        }
        return out.length() == 0 && actor.node() != null ? actor.node() : out.toString();
    }

    /** Whether the row passes the feed's filters: a source key (or null for all), and text the trip-wire and node contain. */
    boolean passes(String sourceKey, String tripwireText, String nodeText) {
        return (sourceKey == null || sourceKey.equals(source))
                && contains(tripwire, tripwireText) && contains(node, nodeText);
    }

    private static boolean contains(String value, String wanted) {
        return wanted == null || wanted.isBlank()
                || value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
    }
}
