package io.stormcenter.workbench.ui.inspector;

import io.stormcenter.workbench.honeycluster.TripwireCatalogue;
import io.stormcenter.workbench.honeycluster.TripwireParameter;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of a trip-wire by kind, and the check of a filled-in form. Both come from the
 * {@link TripwireCatalogue}, so the form shows every parameter the compiler takes and accepts
 * exactly what the compiler accepts.
 */
public final class TripwireForm {

    private static final String PARAMS_FIELD = ".params.";

    private final TripwireCatalogue catalogue;

    public TripwireForm(TripwireCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<TripwireParameter> params(TripwireKind kind) {
        return TripwireCatalogue.parameters(kind);
    }

    /**
     * What is wrong with a filled-in form, field by field ({@code id} for the id, {@code kind}
     * for the kind); empty when it is fine.
     *
     * @param takenIds trip-wire ids already used elsewhere in the tree
     */
    public Map<String, String> check(String id, TripwireKind kind, Map<String, String> values, Set<String> takenIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (id == null || id.isBlank()) {
            errors.put("id", "The id is required");
        } else if (!id.strip().matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
            errors.put("id", "Use lower-case letters, digits and dashes (it becomes a Kubernetes label)");
        } else if (takenIds.contains(id.strip())) {
            errors.put("id", "Another trip-wire already uses this id");
        }
        if (kind == null) {
            errors.put("kind", "Choose a kind");
            return errors;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        params(kind).forEach(p -> labels.put(p.key(), p.label()));
        Tripwire filled = build(null, id == null || id.isBlank() ? "form" : id, kind, values);
        for (Problem problem : catalogue.parse(null, filled).problems()) {
            if (problem.isError()) {
                String key = keyOf(problem.field());
                errors.putIfAbsent(key, labels.getOrDefault(key, "Kind") + ": " + withoutPrefix(problem.message()));
            }
        }
        return errors;
    }

    /**
     * The trip-wire of a form: the form's values over the parameters the trip-wire had, so a
     * parameter the form does not show survives an edit. A blank value removes its parameter; a
     * trip-wire whose kind changed starts afresh.
     *
     * @param initial the trip-wire being edited, or null for a new one
     */
    public Tripwire build(Tripwire initial, String id, TripwireKind kind, Map<String, String> values) {
        Map<String, String> params = new TreeMap<>();
        if (initial != null && initial.kind() == kind) {
            params.putAll(initial.params());
        }
        for (TripwireParameter param : params(kind)) {
            String value = values.get(param.key());
            if (value == null || value.isBlank()) {
                params.remove(param.key());
            } else {
                params.put(param.key(), value.strip());
            }
        }
        return new Tripwire(id.strip(), kind, params);
    }

    /** One line for the inspector's list. */
    public static String summary(Tripwire tripwire) {
        List<String> parts = new ArrayList<>();
        tripwire.params().forEach((k, v) -> parts.add(k + "=" + v));
        return tripwire.id() + "  ·  " + (tripwire.kind() == null ? "?" : tripwire.kind().key())
                + (parts.isEmpty() ? "" : "  ·  " + String.join(", ", parts));
    }

    /** {@code tripwires[x].params.port} is the form's {@code port}; the kind's own problem is {@code kind}. */
    private static String keyOf(String field) {
        if (field == null) {
            return "kind";
        }
        int at = field.indexOf(PARAMS_FIELD);
        return at < 0 ? "kind" : field.substring(at + PARAMS_FIELD.length());
    }

    /** The catalogue names the trip-wire before its message ("trip-wire 'x' (bait): "); the form shows it already. */
    private static String withoutPrefix(String message) {
        int colon = message.indexOf("): ");
        return colon < 0 ? message : message.substring(colon + 3);
    }
}
