package io.stormcenter.workbench.honeycluster;

import java.util.List;

/**
 * A sensor's Helm release as the plan configures it: the exact commands that apply the plan's
 * values file, run from the plan folder (or the workbench, with {@code helm} on the PATH).
 * {@code --reuse-values} keeps the operator's other settings of an existing release.
 */
public enum HelmRelease {
    FALCO("falco", "falcosecurity", "https://falcosecurity.github.io/charts", "falco", "falco",
            SensorSettings.FALCO_VALUES),
    TETRAGON("tetragon", "cilium", "https://helm.cilium.io", "tetragon", "kube-system",
            SensorSettings.TETRAGON_VALUES);

    private final String release;
    private final String repository;
    private final String repositoryUrl;
    private final String chart;
    private final String namespace;
    private final String valuesFile;

    HelmRelease(String release, String repository, String repositoryUrl, String chart, String namespace,
                String valuesFile) {
        this.release = release;
        this.repository = repository;
        this.repositoryUrl = repositoryUrl;
        this.chart = chart;
        this.namespace = namespace;
        this.valuesFile = valuesFile;
    }

    public String release() {
        return release;
    }

    public String namespace() {
        return namespace;
    }

    public String valuesFile() {
        return valuesFile;
    }

    /** {@code helm repo add}, as arguments. */
    public List<String> repoAdd() {
        return List.of("helm", "repo", "add", "--force-update", repository, repositoryUrl);
    }

    /** {@code helm upgrade --install} with the values file at this path, as arguments. */
    public List<String> upgrade(String values) {
        return List.of("helm", "upgrade", "--install", release, repository + "/" + chart, "--namespace", namespace,
                "--create-namespace", "--reuse-values", "-f", values);
    }

    /** Both commands as one shell line, run in the plan folder. */
    public String command() {
        return String.join(" ", repoAdd()) + " && " + String.join(" ", upgrade(valuesFile));
    }
}
