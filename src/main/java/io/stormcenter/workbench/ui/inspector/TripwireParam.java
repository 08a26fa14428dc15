package io.stormcenter.workbench.ui.inspector;

import java.util.List;

/**
 * One parameter of a trip-wire kind as the form shows it (TEAM.md's trip-wire conventions).
 *
 * @param choices allowed values, or empty for free text
 * @param numeric whether the value must be a whole number
 */
public record TripwireParam(String key, String label, boolean required, List<String> choices, boolean numeric,
                            String hint) {

    public TripwireParam {
        choices = List.copyOf(choices);
    }

    static TripwireParam required(String key, String label, String hint) {
        return new TripwireParam(key, label, true, List.of(), false, hint);
    }

    static TripwireParam optional(String key, String label, String hint) {
        return new TripwireParam(key, label, false, List.of(), false, hint);
    }

    static TripwireParam choice(String key, String label, boolean required, List<String> choices) {
        return new TripwireParam(key, label, required, choices, false, String.join(" | ", choices));
    }

    static TripwireParam number(String key, String label, String hint) {
        return new TripwireParam(key, label, false, List.of(), true, hint);
    }

    /** Why a value is not acceptable, or null when it is. */
    public String check(String value) {
        boolean empty = value == null || value.isBlank();
        if (empty) {
            return required ? label + " is required" : null;
        }
        if (!choices.isEmpty() && !choices.contains(value.strip())) {
            return label + " must be one of " + String.join(", ", choices);
        }
        if (numeric) {
            try {
                int port = Integer.parseInt(value.strip());
                if (port < 1 || port > 65535) {
                    return label + " must lie in 1..65535";
                }
            } catch (NumberFormatException e) {
                return label + " must be a whole number";
            }
        }
        return null;
    }
}
