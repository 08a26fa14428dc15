package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.kube.ClusterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a deploy needs besides the plan.
 *
 * @param modelHash         SHA-256 of the model file, for the record
 * @param kubeconfig        the kubeconfig file to record (null: the default location)
 * @param productionAllowed the explicit override for a context that looks like production
 */
public record DeployRequest(String modelHash, String kubeconfig, boolean productionAllowed) {

    /** A request for the model file as it is on disk now, so the record says which version is in the cluster. */
    public static DeployRequest forModelFile(Path model, String kubeconfig, boolean productionAllowed) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(model)));
            return new DeployRequest(hash, kubeconfig, productionAllowed);
        } catch (IOException e) {
            throw new ClusterException(model + ": cannot be read (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
