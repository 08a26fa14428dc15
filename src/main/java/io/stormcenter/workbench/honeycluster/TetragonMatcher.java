package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonArg;
import io.stormcenter.workbench.sensor.TetragonEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches Tetragon events by policy name and the pod's namespace, optionally the kernel function
 * and an argument: a file path prefix or a destination address.
 *
 * @param hostToo      a cluster-wide policy: host processes (no pod) match as well
 * @param pathPrefixes empty: no argument check on paths
 * @param addresses    empty: no argument check on addresses; entries are addresses or IPv4 CIDRs
 */
public record TetragonMatcher(String policyName, String namespace, boolean hostToo, String function,
                              List<String> pathPrefixes, List<String> addresses) implements EventMatcher {

    public TetragonMatcher {
        pathPrefixes = List.copyOf(pathPrefixes);
        addresses = List.copyOf(addresses);
    }

    @Override
    public MatchOutcome match(SensorEvent event) {
        if (!(event instanceof TetragonEvent tetragon) || !policyName.equals(tetragon.policyName())) {
            return MatchOutcome.MISS;
        }
        String podNamespace = tetragon.podNamespace();
        boolean inNamespace = namespace.equals(podNamespace) || (hostToo && podNamespace == null);
        if (!inNamespace) {
            return MatchOutcome.MISS;
        }
        if (function != null && !kernelName(function).equals(kernelName(tetragon.functionName()))) {
            return MatchOutcome.MISS;
        }
        if (!pathPrefixes.isEmpty() && tetragon.args().stream().noneMatch(this::pathMatches)) {
            return MatchOutcome.MISS;
        }
        if (!addresses.isEmpty() && tetragon.args().stream().noneMatch(this::addressMatches)) {
            return MatchOutcome.MISS;
        }
        return MatchOutcome.HIT;
    }

    /**
     * Tetragon reports a syscall by the symbol it attached to: {@code sys_setns} in a policy
     * shows up as {@code __x64_sys_setns} on x86-64 and {@code __arm64_sys_setns} on arm64.
     */
    static String kernelName(String symbol) {
        if (symbol == null) {
            return "";
        }
        for (String prefix : new String[] {"__x64_", "__arm64_", "__ia32_", "__se_"}) {
            if (symbol.startsWith(prefix)) {
                return symbol.substring(prefix.length());
            }
        }
        return symbol;
    }

    private boolean pathMatches(TetragonArg arg) {
        String path = arg.path() != null ? arg.path() : "string_arg".equals(arg.type()) ? arg.value() : null;
        return path != null && pathPrefixes.stream().anyMatch(path::startsWith);
    }

    private boolean addressMatches(TetragonArg arg) {
        String address = arg.destinationAddress();
        return address != null && addresses.stream().anyMatch(a -> Addresses.contains(a, address));
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new TreeMap<>();
        out.put("sensor", "tetragon");
        out.put("policyName", policyName);
        out.put("namespace", namespace);
        if (hostToo) {
            out.put("hostProcesses", true);
        }
        AuditMatcher.putIfSet(out, "function", function);
        if (!pathPrefixes.isEmpty()) {
            out.put("pathPrefixes", pathPrefixes);
        }
        if (!addresses.isEmpty()) {
            out.put("addresses", addresses);
        }
        return out;
    }
}
