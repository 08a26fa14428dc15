package io.stormcenter.workbench.honeycluster;

import java.util.Locale;

/** What a honeytoken Secret pretends to hold, and where an attacker expects to find it when mounted. */
public enum HoneytokenFlavor {
    AWS("/root/.aws"),
    KUBECONFIG("/root/.kube"),
    DATABASE("/etc/app/db"),
    REGISTRY("/root/.docker"),
    GENERIC("/etc/app/secrets");

    private final String defaultMountPath;

    HoneytokenFlavor(String defaultMountPath) {
        this.defaultMountPath = defaultMountPath;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultMountPath() {
        return defaultMountPath;
    }
}
