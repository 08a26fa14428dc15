package io.stormcenter.workbench.telemetry;

import java.util.LinkedHashMap;
import java.util.function.ToLongFunction;

/**
 * A cache of what was used last: at most {@code kept} entries and {@code budget} of their summed
 * weight (bytes, keys), the least recently used leaving first, but always the newest one.
 */
final class LastUsed<V> extends LinkedHashMap<Long, V> {

    private final int kept;
    private final long budget;
    private final ToLongFunction<V> weight;
    private long weights;

    LastUsed(int kept, long budget, ToLongFunction<V> weight) {
        super(16, 0.75f, true);
        this.kept = kept;
        this.budget = budget;
        this.weight = weight;
    }

    @Override
    public V put(Long key, V value) {
        V replaced = super.put(key, value);
        weights += weight.applyAsLong(value) - (replaced == null ? 0 : weight.applyAsLong(replaced));
        var eldest = entrySet().iterator();
        while (size() > 1 && (size() > kept || weights > budget)) {
            weights -= weight.applyAsLong(eldest.next().getValue());
            eldest.remove();
        }
        return replaced;
    }
}
