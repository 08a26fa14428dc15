package io.stormcenter.workbench.honeycluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Identities whose requests never count as an attacker's: the workbench's own (status checks)
 * and the platform doing its job (the kubelet fetching a honeytoken to mount it into a bait pod,
 * controllers, kube-system service accounts). Listed in the plan so the exclusion is visible.
 */
public record IdentityExclusions(List<String> patterns) {

    /**
     * The platform identities DESIGN.md names, and the API server's own loopback client
     * ({@code system:apiserver}): at start it writes the default RBAC bindings and its informers
     * list every secret, which on a real cluster would otherwise read as an attacker binding roles
     * and listing the honeytokens (seen on the integration tests' kube-apiserver).
     */
    public static final List<String> PLATFORM = List.of("system:node:*", "system:kube-controller-manager",
            "system:kube-scheduler", "system:apiserver", "system:serviceaccount:kube-system:*");

    public IdentityExclusions {
        patterns = List.copyOf(patterns);
    }

    /** The platform identities plus the workbench's own (user names or globs). */
    public static IdentityExclusions defaults(List<String> workbenchIdentities) {
        List<String> all = new ArrayList<>(PLATFORM);
        all.addAll(workbenchIdentities);
        return new IdentityExclusions(all);
    }

    public static IdentityExclusions none() {
        return new IdentityExclusions(List.of());
    }

    public boolean excludes(String username) {
        if (username == null || username.isEmpty()) {
            return false;
        }
        for (String pattern : patterns) {
            if (Glob.matches(pattern, username)) {
                return true;
            }
        }
        return false;
    }
}
