package io.stormcenter.workbench.cluster;

/**
 * The server's answer for one requirement.
 *
 * @param allowed null when the server gave no answer (a server without the review API)
 */
public record AccessResult(AccessRequirement requirement, Boolean allowed, String reason) {

    public boolean denied() {
        return Boolean.FALSE.equals(allowed);
    }
}
