package io.stormcenter.workbench.honeycluster;

import java.util.List;

/**
 * One parameter of a trip-wire kind as a person fills it in: what it is called, whether the kind
 * needs it, the values it may take, and an example. The catalogue's parse decides what is valid;
 * this only describes.
 *
 * @param choices the values it may take, or empty for free text
 */
public record TripwireParameter(String key, String label, boolean required, List<String> choices, String hint) {

    public TripwireParameter {
        choices = List.copyOf(choices);
    }

    static TripwireParameter required(String key, String label, String hint) {
        return new TripwireParameter(key, label, true, List.of(), hint);
    }

    static TripwireParameter optional(String key, String label, String hint) {
        return new TripwireParameter(key, label, false, List.of(), hint);
    }

    static TripwireParameter choice(String key, String label, boolean required, List<String> choices) {
        return new TripwireParameter(key, label, required, choices, String.join(" | ", choices));
    }

    /** A parameter the catalogue accepts but nobody has described yet: shown by its key. */
    static TripwireParameter undescribed(String key) {
        return new TripwireParameter(key, key, false, List.of(), "");
    }
}
