package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.KubescapeAlert;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches Kubescape runtime alerts by rule id in the honey namespace and, when set, by the
 * executable ({@code arguments.exec}, else the alerted process's path) and the file
 * ({@code arguments.path}), as globs. An alert that lacks a compared field does not match.
 */
public record KubescapeMatcher(String ruleId, String exec, String path, String namespace) implements EventMatcher {

    @Override
    public MatchOutcome match(SensorEvent event) {
        if (!(event instanceof KubescapeAlert alert) || !ruleId.equals(alert.ruleId())
                || !namespace.equals(alert.namespace())) {
            return MatchOutcome.MISS;
        }
        if (exec != null && !Glob.matches(exec, alert.executable())) {
            return MatchOutcome.MISS;
        }
        if (path != null && !Glob.matches(path, alert.path())) {
            return MatchOutcome.MISS;
        }
        return MatchOutcome.HIT;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new TreeMap<>();
        out.put("sensor", "kubescape");
        out.put("rule", ruleId);
        out.put("namespace", namespace);
        AuditMatcher.putIfSet(out, "exec", exec);
        AuditMatcher.putIfSet(out, "path", path);
        return out;
    }
}
