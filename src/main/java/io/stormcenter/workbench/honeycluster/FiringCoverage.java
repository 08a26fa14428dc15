package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Tripwire;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which attack leaves a trip-wire would actually see: for every attack leaf, the best
 * {@link Readiness} of its trip-wires (null for a leaf with none). {@link Coverage} says which
 * sensors a leaf is meant for; this says whether those sensors, as installed, would fire.
 */
public record FiringCoverage(Map<String, Readiness> byLeaf) {

    public FiringCoverage {
        byLeaf = Collections.unmodifiableMap(new LinkedHashMap<>(byLeaf));
    }

    public static FiringCoverage of(AttackTree tree) {
        TripwireCatalogue catalogue = new TripwireCatalogue();
        FalcoStableRules stable = FalcoStableRules.load();
        Map<String, Readiness> result = new LinkedHashMap<>();
        for (Node leaf : tree.leaves()) {
            if (leaf.role() != Role.ATTACK) {
                continue;
            }
            Readiness best = null;
            for (Tripwire tripwire : leaf.tripwires()) {
                TripwireParams params = catalogue.parse(leaf.id(), tripwire).params();
                if (params != null) {
                    Readiness r = readiness(params, stable);
                    best = best == null ? r : best.or(r);
                }
            }
            result.put(leaf.id(), best);
        }
        return new FiringCoverage(result);
    }

    static Readiness readiness(TripwireParams params, FalcoStableRules stable) {
        if (params instanceof TripwireParams.Falco f) {
            // Generated rules need the plan's customRules and json_output; stable upstream ones the namespace
            // appended (append_output), or their alerts cannot be placed in the honey namespace.
            return f.generated() || stable.loadedByDefault(f.rule()) ? Readiness.PLAN_SETTINGS : Readiness.NEVER;
        }
        if (params instanceof TripwireParams.Tetragon t) {
            // A host process (the kubelet) is dropped by the chart's exportDenyList; a process that reached
            // the host with nsenter is still attributed to its pod, so a binary-scoped trip-wire sees it.
            return t.clusterWide() && t.binary() == null ? Readiness.PLAN_SETTINGS : Readiness.DEFAULT_INSTALL;
        }
        if (params instanceof TripwireParams.Kubescape) {
            // The node-agent's runtime detection is off in the chart's defaults.
            return Readiness.PLAN_SETTINGS;
        }
        if (params instanceof TripwireParams.Audit a) {
            return AuditPolicyFile.nameable(a.resource()) || a.namespace() == null && !ApiResources.clusterScoped(a.resource())
                    ? Readiness.DEFAULT_INSTALL : Readiness.NEVER;
        }
        return Readiness.DEFAULT_INSTALL;
    }

    /** Attack leaves with at least one trip-wire. */
    public long seen() {
        return byLeaf.values().stream().filter(r -> r != null).count();
    }

    /** Attack leaves a trip-wire would see on sensors as their charts install them. */
    public long firingOnDefaultInstall() {
        return byLeaf.values().stream().filter(r -> r == Readiness.DEFAULT_INSTALL).count();
    }

    /** Attack leaves a trip-wire would see with the sensor settings the plan ships. */
    public long firingWithPlanSettings() {
        return byLeaf.values().stream().filter(r -> r == Readiness.DEFAULT_INSTALL || r == Readiness.PLAN_SETTINGS).count();
    }
}
