package io.stormcenter.workbench.honeycluster;

import java.util.List;

/**
 * The SSH bait's weak login: a user name and password pair from the top of the lists that mass
 * scanners try first (so the bait is found, as the KSC demo's root/root was), chosen per
 * deployment. It is set through the openssh-server image's own environment, which also allows
 * password login and gives the user sudo with the same password: the way on to the pod's root.
 */
public record SshLogin(String user, String password) {

    private static final List<SshLogin> WEAK = List.of(new SshLogin("admin", "admin"),
            new SshLogin("admin", "password"), new SshLogin("deploy", "deploy"), new SshLogin("ubuntu", "ubuntu"),
            new SshLogin("support", "support123"), new SshLogin("devops", "devops"), new SshLogin("ops", "changeme"));

    static SshLogin pick(int index) {
        return WEAK.get(Math.floorMod(index, WEAK.size()));
    }

    static int choices() {
        return WEAK.size();
    }
}
