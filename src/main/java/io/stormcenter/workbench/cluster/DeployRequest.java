package io.stormcenter.workbench.cluster;

/**
 * What a deploy needs besides the plan.
 *
 * @param modelHash         SHA-256 of the model file, for the record
 * @param kubeconfig        the kubeconfig file to record (null: the default location)
 * @param productionAllowed the explicit override for a context that looks like production
 */
public record DeployRequest(String modelHash, String kubeconfig, boolean productionAllowed) {
}
