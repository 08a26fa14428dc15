package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A trip-wire several sensors can see (a honeytoken: its audit reads and the reads of its mounted file). */
public record AnyOfMatcher(List<EventMatcher> matchers) implements EventMatcher {

    public AnyOfMatcher {
        matchers = List.copyOf(matchers);
    }

    @Override
    public MatchOutcome match(SensorEvent event) {
        MatchOutcome best = MatchOutcome.MISS;
        for (EventMatcher matcher : matchers) {
            best = best.or(matcher.match(event));
        }
        return best;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new TreeMap<>();
        out.put("anyOf", matchers.stream().map(EventMatcher::describe).toList());
        return out;
    }
}
