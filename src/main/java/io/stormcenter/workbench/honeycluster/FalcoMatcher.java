package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.FalcoAlert;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.Map;
import java.util.TreeMap;

/** Matches Falco alerts by rule name, in the honey namespace ({@code output_fields["k8s.ns.name"]}). */
public record FalcoMatcher(String rule, String namespace) implements EventMatcher {

    @Override
    public MatchOutcome match(SensorEvent event) {
        if (event instanceof FalcoAlert alert && rule.equals(alert.rule()) && namespace.equals(alert.namespace())) {
            return MatchOutcome.HIT;
        }
        return MatchOutcome.MISS;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new TreeMap<>();
        out.put("sensor", "falco");
        out.put("rule", rule);
        out.put("namespace", namespace);
        return out;
    }
}
