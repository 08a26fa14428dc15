package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.KubernetesEvent;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.Map;
import java.util.TreeMap;

/** Matches Kubernetes Events in the honey namespace by reason and, when set, the object's kind and name (glob). */
public record KubernetesEventMatcher(String reason, String kind, String name, String namespace) implements EventMatcher {

    @Override
    public MatchOutcome match(SensorEvent event) {
        if (!(event instanceof KubernetesEvent k8s) || !reason.equals(k8s.reason())) {
            return MatchOutcome.MISS;
        }
        String eventNamespace = k8s.namespace() != null ? k8s.namespace() : k8s.involvedObject().namespace();
        if (!namespace.equals(eventNamespace)) {
            return MatchOutcome.MISS;
        }
        if (kind != null && !kind.equals(k8s.involvedObject().kind())) {
            return MatchOutcome.MISS;
        }
        if (name != null && !Glob.matches(name, k8s.involvedObject().name())) {
            return MatchOutcome.MISS;
        }
        return MatchOutcome.HIT;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new TreeMap<>();
        out.put("sensor", "kubernetes-events");
        out.put("reason", reason);
        out.put("namespace", namespace);
        AuditMatcher.putIfSet(out, "kind", kind);
        AuditMatcher.putIfSet(out, "name", name);
        return out;
    }
}
