package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.SensorEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches audit events: counted stage, verb, {@code objectRef} resource / subresource / namespace
 * / name (globs), the user (glob, compared with both the authenticated and the impersonated
 * identity). Each present field must match. A list or watch across all namespaces (no namespace
 * in {@code objectRef}) returns the objects of the honey namespace too, so it matches a
 * namespaced trip-wire. Exclusions look at the authenticated identity only: the platform
 * impersonated by someone else is that someone else.
 *
 * @param resource    a plural resource or {@code *}
 * @param subresource null: the request addresses the object itself; {@code *}: any subresource or none
 * @param namespace   null: any; {@code ""}: cluster-scoped objects only; else a glob
 */
public record AuditMatcher(List<String> verbs, String resource, String subresource, String namespace,
                           String name, String user, IdentityExclusions exclusions) implements EventMatcher {

    /** A list or watch without a name returns every object, so it reveals a named one too. */
    private static final Set<String> COLLECTION_VERBS = Set.of("list", "watch", "deletecollection");

    public AuditMatcher {
        verbs = List.copyOf(verbs);
    }

    @Override
    public MatchOutcome match(SensorEvent event) {
        if (!(event instanceof AuditEvent audit) || !audit.isCountedStage()) {
            return MatchOutcome.MISS;
        }
        if (!verbs.contains("*") && !verbs.contains(audit.verb())) {
            return MatchOutcome.MISS;
        }
        var ref = audit.objectRef();
        if (!"*".equals(resource) && !resource.equals(ref.resource())) {
            return MatchOutcome.MISS;
        }
        if (!"*".equals(subresource) && !Objects.equals(subresource, ref.subresource())) {
            return MatchOutcome.MISS;
        }
        boolean noNamespace = ref.namespace() == null || ref.namespace().isEmpty();
        boolean acrossNamespaces = noNamespace && ref.name() == null && COLLECTION_VERBS.contains(audit.verb());
        if (namespace != null && !(namespace.isEmpty() ? noNamespace
                : acrossNamespaces || Glob.matches(namespace, ref.namespace()))) {
            return MatchOutcome.MISS;
        }
        if (name != null && !(ref.name() == null && COLLECTION_VERBS.contains(audit.verb()))
                && !Glob.matches(name, ref.name())) {
            return MatchOutcome.MISS;
        }
        if (user != null && !Glob.matches(user, audit.realUsername()) && !Glob.matches(user, audit.effectiveUsername())) {
            return MatchOutcome.MISS;
        }
        if (exclusions.excludes(audit.realUsername())) {
            return MatchOutcome.EXCLUDED;
        }
        return audit.isDenied() ? MatchOutcome.DENIED : MatchOutcome.HIT;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new TreeMap<>();
        out.put("sensor", "audit");
        out.put("verbs", verbs);
        out.put("resource", resource);
        putIfSet(out, "subresource", subresource);
        putIfSet(out, "namespace", namespace);
        putIfSet(out, "name", name);
        putIfSet(out, "user", user);
        out.put("excludedUsers", exclusions.patterns());
        return out;
    }

    static void putIfSet(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
