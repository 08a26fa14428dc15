package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.FalcoAlert;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches Falco alerts by rule name, in the honey namespace. The namespace is read from what
 * the alert carries: {@code output_fields["k8s.ns.name"]} (a syscall rule), or
 * {@code ka.target.namespace} (an audit rule). An upstream rule prints no namespace unless Falco
 * appends it ({@code append_output}, which the plan's sensor settings configure), so without it
 * an upstream alert cannot be placed and does not match. A generated rule is scoped to the honey
 * namespace in its own condition, so its alerts match even when the namespace field is absent.
 *
 * @param scopedByRule the rule's condition already keeps it to the honey namespace (a generated rule)
 */
public record FalcoMatcher(String rule, String namespace, boolean scopedByRule) implements EventMatcher {

    @Override
    public MatchOutcome match(SensorEvent event) {
        if (!(event instanceof FalcoAlert alert) || !rule.equals(alert.rule())) {
            return MatchOutcome.MISS;
        }
        String reported = alert.namespace() != null ? alert.namespace() : alert.field("ka.target.namespace");
        if (reported != null ? namespace.equals(reported) : scopedByRule) {
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
        out.put("generated", scopedByRule);
        return out;
    }
}
