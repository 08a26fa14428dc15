package io.stormcenter.workbench.honeycluster;

import java.util.List;
import java.util.Locale;

/**
 * The decoys the compiler can deploy. Their images are ordinary, widely run ones, so that the pod
 * spec an attacker reads says "a team's SSH server" rather than "the KSC demo's image".
 */
public enum BaitWorkload {
    /**
     * An SSH server with weak credentials: LinuxServer.io's openssh-server (password login and sudo
     * switched on by its environment, see {@link SshLogin}). Its server is {@code /usr/sbin/sshd.pam}
     * (Alpine's {@code openssh-server-pam}, started by the image's s6 service), listening on 2222.
     */
    SSH("ssh-proxy", "docker.io/linuxserver/openssh-server:version-10.2_p1-r0", 22, 2222,
            List.of("/usr/sbin/sshd", "/usr/sbin/sshd.pam"),
            List.of("bastion", "jumphost", "ssh-gateway", "sftp-gateway", "support-shell", "ops-shell", "admin-ssh")),
    /** A page that looks like an unauthenticated Kubernetes dashboard. */
    DASHBOARD("ops-dashboard", "docker.io/nginxinc/nginx-unprivileged:1.27-alpine", 443, 8080,
            List.of("/usr/sbin/nginx"),
            List.of("ops-dashboard", "admin-console", "cluster-console", "status-board", "ops-portal"));

    private final String baseName;
    private final String defaultImage;
    private final int defaultPort;
    private final int containerPort;
    private final List<String> serverBinaries;
    private final List<String> coverNames;

    BaitWorkload(String baseName, String defaultImage, int defaultPort, int containerPort, List<String> serverBinaries,
                 List<String> coverNames) {
        this.baseName = baseName;
        this.defaultImage = defaultImage;
        this.defaultPort = defaultPort;
        this.containerPort = containerPort;
        this.serverBinaries = serverBinaries;
        this.coverNames = coverNames;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The workload's generic name, for people (the deployed object's name comes from {@link Cover#baitName}). */
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

    /**
     * The executables that accept the decoy's connections: the default image's, and the KSC demo
     * image's {@code /usr/sbin/sshd} for a model that brings that image back with {@code image}.
     */
    public List<String> serverBinaries() {
        return serverBinaries;
    }

    /** What teams call such a server; a deployment takes one by its seed. */
    List<String> coverNames() {
        return coverNames;
    }
}
