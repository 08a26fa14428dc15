package io.stormcenter.workbench.honeycluster;

import java.util.Locale;

/** The decoys the compiler can deploy. */
public enum BaitWorkload {
    /** An SSH server with weak credentials, as in the KSC KubeCon EU 2024 demo (root/root). */
    SSH("ssh-proxy", "docker.io/entlein/ssh-proxy:0.0.3", 22, 22),
    /** A page that looks like an unauthenticated Kubernetes dashboard. */
    DASHBOARD("ops-dashboard", "docker.io/nginxinc/nginx-unprivileged:1.27-alpine", 443, 8080);

    private final String baseName;
    private final String defaultImage;
    private final int defaultPort;
    private final int containerPort;

    BaitWorkload(String baseName, String defaultImage, int defaultPort, int containerPort) {
        this.baseName = baseName;
        this.defaultImage = defaultImage;
        this.defaultPort = defaultPort;
        this.containerPort = containerPort;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A name that looks like something an operator would run (an attacker reads names). */
    public String baseName() {
        return baseName;
    }

    public String defaultImage() {
        return defaultImage;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The port's name, as a real deployment of this server would call it. */
    public String portName() {
        return this == SSH ? "ssh" : "http";
    }

    public int containerPort() {
        return containerPort;
    }
}
