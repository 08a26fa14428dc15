package io.stormcenter.workbench.honeycluster;

import java.util.List;

/**
 * How to compile a model.
 *
 * @param namespace           the honey namespace, or null for {@code ksc-<model-slug>}
 * @param seed                drives every generated credential and the deployment id; recorded in the plan
 * @param workbenchIdentities the workbench's own API identities (user names or globs), never counted as attackers
 * @param excludePlatform     whether the platform's identities (kubelets, controllers, kube-system) are excluded
 * @param apiServerCidrs      where the honey namespace may reach the API server (egress on 443/6443); the
 *                            default, the private ranges, keeps the internet out without knowing the cluster
 */
public record CompileOptions(String namespace, long seed, List<String> workbenchIdentities, boolean excludePlatform,
                             List<String> apiServerCidrs) {

    public static final List<String> PRIVATE_RANGES = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");

    public CompileOptions {
        workbenchIdentities = List.copyOf(workbenchIdentities == null ? List.of() : workbenchIdentities);
        apiServerCidrs = List.copyOf(apiServerCidrs == null || apiServerCidrs.isEmpty() ? PRIVATE_RANGES : apiServerCidrs);
    }

    public static CompileOptions seeded(long seed) {
        return new CompileOptions(null, seed, List.of(), true, PRIVATE_RANGES);
    }

    public CompileOptions withNamespace(String value) {
        return new CompileOptions(value, seed, workbenchIdentities, excludePlatform, apiServerCidrs);
    }

    public CompileOptions withWorkbenchIdentities(List<String> value) {
        return new CompileOptions(namespace, seed, value, excludePlatform, apiServerCidrs);
    }

    public CompileOptions withExcludePlatform(boolean value) {
        return new CompileOptions(namespace, seed, workbenchIdentities, value, apiServerCidrs);
    }

    public CompileOptions withApiServerCidrs(List<String> value) {
        return new CompileOptions(namespace, seed, workbenchIdentities, excludePlatform, value);
    }

    IdentityExclusions exclusions() {
        return excludePlatform ? IdentityExclusions.defaults(workbenchIdentities) : new IdentityExclusions(workbenchIdentities);
    }
}
