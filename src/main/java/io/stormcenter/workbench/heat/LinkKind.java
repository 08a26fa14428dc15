package io.stormcenter.workbench.heat;

/**
 * Why two observations belong to the same attacker session (DESIGN.md "Observed traversal").
 */
public enum LinkKind {
    /** The same Kubernetes identity made both requests. */
    IDENTITY("identity", "by Kubernetes identity"),
    /** Both requests carried the same service-account token (its credential id, not the token). */
    CREDENTIAL("credential", "by service-account token credential id"),
    /** Both concern one pod: a process in it, or a request with a token minted for it. */
    POD("pod", "by pod"),
    /** Both concern one container. */
    CONTAINER("container", "by container"),
    /** One process was started by the other ({@code parent_exec_id} names the other's {@code exec_id}). */
    LINEAGE("lineage", "by exec_id lineage"),
    /** The same login user id in one container: one interactive login, through {@code su} and {@code sudo}. */
    LOGIN("login", "by login uid"),
    /** Both requests came from the same address outside the cluster. */
    SOURCE_IP("source-ip", "by source IP");

    private final String key;
    private final String phrase;

    LinkKind(String key, String phrase) {
        this.key = key;
        this.phrase = phrase;
    }

    public String key() {
        return key;
    }

    /** How a link of this kind reads ("by source IP 203.0.113.7"). */
    public String explain(String value) {
        return phrase + " " + value;
    }

    /** Whether both sides hold the same value; lineage is one-sided (a child names its parent). */
    boolean symmetric() {
        return this != LINEAGE;
    }
}
