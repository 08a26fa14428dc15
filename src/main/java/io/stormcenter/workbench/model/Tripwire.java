package io.stormcenter.workbench.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trip-wire spec attached to a node: the event that proves the node's step happened.
 * Parameters are strings (lists comma-separated) kept in key order so files diff cleanly;
 * the honeycluster catalogue gives them types and validates them.
 */
public record Tripwire(String id, TripwireKind kind, Map<String, String> params) {

    public Tripwire {
        params = Collections.unmodifiableMap(new TreeMap<>(params == null ? Map.of() : params));
    }

    public String param(String key) {
        return params.get(key);
    }

    public Tripwire withParam(String key, String value) {
        Map<String, String> next = new TreeMap<>(params);
        if (value == null || value.isEmpty()) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new Tripwire(id, kind, next);
    }
}
