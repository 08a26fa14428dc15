package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.FalcoAlert;
import io.stormcenter.workbench.sensor.KubernetesEvent;
import io.stormcenter.workbench.sensor.KubescapeAlert;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps trip-wire ids to the nodes they prove and back from a sensor event to the trip-wires it
 * fires. Falco alerts are looked up by rule, Kubescape alerts by rule id, Tetragon events by the
 * hook they report (not the policy's name: another policy on the same hook counts too), so a
 * stream of events costs a hash lookup each, not a scan of every trip-wire.
 */
public final class TripwireIndex {

    private final Map<String, TripwireEntry> byId;
    private final List<TripwireEntry> audit = new ArrayList<>();
    private final List<TripwireEntry> kubernetesEvents = new ArrayList<>();
    private final Map<String, List<TripwireEntry>> byFalcoRule = new HashMap<>();
    private final Map<String, List<TripwireEntry>> byHook = new HashMap<>();
    private final Map<String, List<TetragonMatcher>> tetragonMatchersByHook = new HashMap<>();
    private final Map<String, List<TripwireEntry>> byKubescapeRule = new HashMap<>();

    public TripwireIndex(List<TripwireEntry> entries) {
        Map<String, TripwireEntry> map = new LinkedHashMap<>();
        for (TripwireEntry entry : entries) {
            if (map.putIfAbsent(entry.tripwireId(), entry) != null) {
                throw new IllegalArgumentException("trip-wire id '" + entry.tripwireId() + "' appears twice");
            }
            register(entry, entry.matcher());
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public static TripwireIndex empty() {
        return new TripwireIndex(List.of());
    }

    private void register(TripwireEntry entry, EventMatcher matcher) {
        if (matcher instanceof AuditMatcher) {
            addOnce(audit, entry);
        } else if (matcher instanceof KubernetesEventMatcher) {
            addOnce(kubernetesEvents, entry);
        } else if (matcher instanceof FalcoMatcher m) {
            addOnce(byFalcoRule.computeIfAbsent(m.rule(), k -> new ArrayList<>()), entry);
        } else if (matcher instanceof TetragonMatcher m) {
            addOnce(byHook.computeIfAbsent(TetragonMatcher.hook(m.function()), k -> new ArrayList<>()), entry);
            tetragonMatchersByHook.computeIfAbsent(TetragonMatcher.hook(m.function()), k -> new ArrayList<>()).add(m);
        } else if (matcher instanceof KubescapeMatcher m) {
            addOnce(byKubescapeRule.computeIfAbsent(m.ruleId(), k -> new ArrayList<>()), entry);
        } else if (matcher instanceof AnyOfMatcher m) {
            m.matchers().forEach(inner -> register(entry, inner));
        }
    }

    private static boolean listedBefore(List<TripwireEntry> candidates, int index) {
        String id = candidates.get(index).tripwireId();
        for (int i = 0; i < index; i++) {
            if (candidates.get(i).tripwireId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static void addOnce(List<TripwireEntry> list, TripwireEntry entry) {
        if (list.isEmpty() || list.get(list.size() - 1) != entry) {
            list.add(entry);
        }
    }

    private static boolean owns(EventMatcher matcher, String policy) {
        if (matcher instanceof TetragonMatcher m) {
            return m.owns(policy);
        }
        if (matcher instanceof AnyOfMatcher any) {
            for (EventMatcher inner : any.matchers()) {
                if (owns(inner, policy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the plan's Tetragon trip-wires watch each hook: a Tetragon event fires a trip-wire only
     * if its function's name ends with a watched hook and its process runs in one of the hook's
     * namespaces, or anywhere when one of the hook's trip-wires takes host processes too.
     */
    public List<TetragonWatch> tetragonWatches() {
        List<TetragonWatch> watches = new ArrayList<>();
        tetragonMatchersByHook.forEach((hook, matchers) -> watches.add(new TetragonWatch(hook,
                matchers.stream().anyMatch(TetragonMatcher::hostToo),
                matchers.stream().map(TetragonMatcher::namespace).collect(java.util.stream.Collectors.toUnmodifiableSet()))));
        return List.copyOf(watches);
    }

    /** A hook the plan watches, and where: {@code anywhere}, or only in {@code namespaces}. */
    public record TetragonWatch(String hook, boolean anywhere, Set<String> namespaces) {

        public TetragonWatch {
            namespaces = Set.copyOf(namespaces);
        }
    }

    /** All entries in the order of the tree's nodes. */
    public List<TripwireEntry> entries() {
        return List.copyOf(byId.values());
    }

    public Optional<TripwireEntry> entry(String tripwireId) {
        return Optional.ofNullable(byId.get(tripwireId));
    }

    public List<TripwireEntry> forNode(String nodeId) {
        return byId.values().stream().filter(e -> e.nodeId().equals(nodeId)).toList();
    }

    /** The trip-wires this event concerns (hits, denied attempts, excluded identities); misses are left out. */
    public List<TripwireHit> match(SensorEvent event) {
        List<TripwireEntry> candidates;
        if (event instanceof AuditEvent) {
            candidates = audit;
        } else if (event instanceof KubernetesEvent) {
            candidates = kubernetesEvents;
        } else if (event instanceof FalcoAlert alert) {
            candidates = byFalcoRule.getOrDefault(alert.rule(), List.of());
        } else if (event instanceof KubescapeAlert alert) {
            candidates = byKubescapeRule.getOrDefault(alert.ruleId(), List.of());
        } else if (event instanceof TetragonEvent tetragon && tetragon.functionName() != null) {
            candidates = byHook.getOrDefault(TetragonMatcher.hook(tetragon.functionName()), List.of());
            // The policy that reported the event tells whose selector it passed: when a trip-wire of the
            // plan owns that policy, the event is that trip-wire's, not every trip-wire's on the hook
            // (an event without args could otherwise light them all).
            List<TripwireEntry> owners = null;
            for (TripwireEntry entry : candidates) {
                if (owns(entry.matcher(), tetragon.policyName())) {
                    if (owners == null) {
                        owners = new ArrayList<>(1);
                    }
                    owners.add(entry);
                }
            }
            if (owners != null) {
                candidates = owners;
            }
        } else {
            candidates = List.of();
        }
        if (candidates.isEmpty()) {
            // most of a busy stream: nothing of the plan listens on its rule or hook
            return List.of();
        }
        List<TripwireHit> hits = List.of();
        for (int i = 0; i < candidates.size(); i++) {
            TripwireEntry entry = candidates.get(i);
            // a trip-wire listed twice (an any-of matcher on one hook) is asked once; lists are short
            if (listedBefore(candidates, i)) {
                continue;
            }
            MatchOutcome outcome = entry.matcher().match(event);
            if (outcome != MatchOutcome.MISS) {
                if (hits.isEmpty()) {
                    hits = new ArrayList<>(1);
                }
                hits.add(new TripwireHit(entry.tripwireId(), entry.nodeId(), entry.kind(), outcome));
            }
        }
        return hits;
    }
}
