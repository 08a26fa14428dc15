package io.stormcenter.workbench.honeycluster;

/**
 * When a trip-wire can actually fire, judged against how the sensors really behave.
 * The API server's audit counts as installed with the plan's own audit policy (a cluster has no
 * other way to log these requests); Falco and Tetragon as their Helm charts install them.
 */
public enum Readiness {
    /** Fires with the sensors as their charts install them (and the plan's objects and audit policy applied). */
    DEFAULT_INSTALL,
    /**
     * Fires only with the sensor settings the plan ships: Falco loading its rules with
     * {@code json_output} and the namespace appended, Tetragon exporting host events.
     */
    PLAN_SETTINGS,
    /** Cannot fire as written (an upstream Falco rule a default install does not load, a resource no policy can name). */
    NEVER;

    /** The better of two (DEFAULT_INSTALL before PLAN_SETTINGS before NEVER). */
    Readiness or(Readiness other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
