package io.stormcenter.workbench.kube;

/**
 * One context of a kubeconfig, as a picker shows it.
 *
 * @param namespace the context's default namespace, or null when it sets none
 */
public record KubeContext(String name, String cluster, String server, String user, String namespace) {

    @Override
    public String toString() {
        return name + " (" + server + ", user " + user + (namespace == null ? "" : ", namespace " + namespace) + ")";
    }
}
