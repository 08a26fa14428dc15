package io.stormcenter.workbench.honeycluster;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a trip-wire's parameters that end up where the bait's rights reach (object
 * names, mount paths, images), by parameter name: these must not give the trap away.
 */
final class VisibleNames {

    private VisibleNames() {
    }

    static Map<String, String> of(TripwireParams params) {
        Map<String, String> visible = new LinkedHashMap<>();
        if (params instanceof TripwireParams.Honeytoken h) {
            put(visible, "secret", h.secret());
            put(visible, "path", h.path());
        } else if (params instanceof TripwireParams.CanaryServiceAccount c) {
            put(visible, "name", c.name());
            put(visible, "plantIn", c.plantInConfigMap());
        } else if (params instanceof TripwireParams.Bait b) {
            put(visible, "image", b.image());
        }
        return visible;
    }

    private static void put(Map<String, String> visible, String parameter, String value) {
        if (value != null) {
            visible.put(parameter, value);
        }
    }
}
