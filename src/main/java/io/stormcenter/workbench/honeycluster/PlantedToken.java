package io.stormcenter.workbench.honeycluster;

/**
 * A canary token that deploy copies, once the token controller filled {@code tokenSecret}, into a
 * planted kubeconfig ({@code configMap}/{@code key}); the token is not known before the cluster makes it.
 */
public record PlantedToken(String tripwireId, String serviceAccount, String tokenSecret, String configMap, String key) {
}
