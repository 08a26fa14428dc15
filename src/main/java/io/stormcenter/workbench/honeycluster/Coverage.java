package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Tripwire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which attack leaves the sensors can observe: a leaf is observed when one of its trip-wires has
 * a sensor that is installed. What no sensor sees cannot gain heat, so the window and the report
 * name those leaves.
 *
 * @param sensorsByLeaf for every attack leaf, the installed sensors that observe it (empty: blind)
 */
public record Coverage(Map<String, Set<Sensor>> sensorsByLeaf) {

    public Coverage {
        sensorsByLeaf = Collections.unmodifiableMap(new LinkedHashMap<>(sensorsByLeaf));
    }

    /** Coverage with every sensor installed. */
    public static Coverage of(AttackTree tree) {
        return of(tree, EnumSet.allOf(Sensor.class));
    }

    public static Coverage of(AttackTree tree, Set<Sensor> installed) {
        Map<String, Set<Sensor>> result = new LinkedHashMap<>();
        for (Node leaf : tree.leaves()) {
            if (leaf.role() != Role.ATTACK) {
                continue;
            }
            Set<Sensor> sensors = EnumSet.noneOf(Sensor.class);
            for (Tripwire tripwire : leaf.tripwires()) {
                if (tripwire.kind() != null) {
                    for (Sensor sensor : TripwireCatalogue.sensors(tripwire.kind())) {
                        if (installed.contains(sensor)) {
                            sensors.add(sensor);
                        }
                    }
                }
            }
            result.put(leaf.id(), Set.copyOf(sensors));
        }
        return new Coverage(result);
    }

    /** Attack leaves no installed sensor observes, in tree order. */
    public List<String> unobservedLeaves() {
        List<String> out = new ArrayList<>();
        sensorsByLeaf.forEach((leaf, sensors) -> {
            if (sensors.isEmpty()) {
                out.add(leaf);
            }
        });
        return out;
    }

    public boolean observed(String leafId) {
        Set<Sensor> sensors = sensorsByLeaf.get(leafId);
        return sensors != null && !sensors.isEmpty();
    }

    /** The share of attack leaves observed, 0..1 (1 for a tree without attack leaves). */
    public double ratio() {
        if (sensorsByLeaf.isEmpty()) {
            return 1;
        }
        return (double) (sensorsByLeaf.size() - unobservedLeaves().size()) / sensorsByLeaf.size();
    }
}
