package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.honeycluster.AnyOfMatcher;
import io.stormcenter.workbench.honeycluster.AuditMatcher;
import io.stormcenter.workbench.honeycluster.EventMatcher;
import io.stormcenter.workbench.honeycluster.MatchOutcome;
import io.stormcenter.workbench.honeycluster.TripwireHit;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.ArrayList;
import java.util.List;

/** The plan's trip-wires an event concerns, as observation matches, with the reason of an exclusion. */
final class TripwireMatching {

    private final TripwireIndex index;

    TripwireMatching(TripwireIndex index) {
        this.index = index;
    }

    List<TripwireMatch> match(SensorEvent event) {
        List<TripwireHit> hits = index.match(event);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<TripwireMatch> matches = new ArrayList<>(hits.size());
        for (TripwireHit hit : hits) {
            String reason = hit.outcome() == MatchOutcome.EXCLUDED ? exclusionReason(hit, event) : null;
            matches.add(new TripwireMatch(hit.tripwireId(), hit.nodeId(), Outcome.of(hit.outcome()), reason));
        }
        return matches;
    }

    /** Names the excluded identity (a user name, never a credential), so the exclusion can be checked. */
    private String exclusionReason(TripwireHit hit, SensorEvent event) {
        if (event instanceof AuditEvent audit) {
            EventMatcher matcher = index.entry(hit.tripwireId()).map(e -> e.matcher()).orElse(null);
            AuditMatcher auditMatcher = auditMatcher(matcher);
            if (auditMatcher != null) {
                String user = audit.user().username();
                String who = auditMatcher.exclusions().excludes(user) ? user : audit.effectiveUsername();
                return "identity '" + who + "' is excluded by the plan";
            }
        }
        return "excluded by the plan";
    }

    private static AuditMatcher auditMatcher(EventMatcher matcher) {
        if (matcher instanceof AuditMatcher audit) {
            return audit;
        }
        if (matcher instanceof AnyOfMatcher any) {
            for (EventMatcher inner : any.matchers()) {
                AuditMatcher found = auditMatcher(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
