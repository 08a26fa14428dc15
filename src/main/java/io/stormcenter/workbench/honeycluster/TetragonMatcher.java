package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonArg;
import io.stormcenter.workbench.sensor.TetragonEvent;
import io.stormcenter.workbench.sensor.TetragonPod;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches Tetragon events on what they carry: the hook (as Tetragon reports it, so
 * {@code __x64_sys_setns} is {@code sys_setns}), where the process runs (the honey namespace, the
 * bait pod's labels; with {@code hostToo} also host processes and pods elsewhere), the binary,
 * and the path or address argument. The policy's name does not gate: another policy on the same
 * hook (an operator's, KSC's own) counts as well. An event of the trip-wire's own policy, or of
 * the policy the model names, passed the kernel's selector already, so its binary and arguments
 * are not compared again, even when the event carries none (the KSC/Vector pipeline deletes
 * {@code args}). Another policy's event without arguments still fires a trip-wire that has no
 * argument condition (hook, pod and binary say enough), but not one on a file or address.
 *
 * @param policyName     the policy the plan deploys for this trip-wire
 * @param samePolicies   other policy names whose selector is this trip-wire's (the name the model gives)
 * @param podLabels      labels the pod must carry (a bait pod's); empty: any pod of the namespace
 * @param hostToo        host processes, and pods outside {@link #PLATFORM_NAMESPACES}, count too
 * @param binaries       empty: any binary
 * @param pathPrefixes   empty: no path comparison; compared after {@link KernelPaths#normalize}
 * @param addresses      empty: no address comparison; addresses or IPv4 CIDRs
 * @param minimumTetragon the oldest Tetragon that loads the policy
 */
public record TetragonMatcher(String policyName, List<String> samePolicies, String namespace,
                              Map<String, String> podLabels, boolean hostToo, String function, List<String> binaries,
                              List<String> pathPrefixes, List<String> addresses, String minimumTetragon)
        implements EventMatcher {

    /** Where the platform itself reads keys and enters namespaces: never an attacker's pod. */
    public static final Set<String> PLATFORM_NAMESPACES = Set.of("kube-system");

    private static final Set<String> HOOK_EVENTS = Set.of("process_kprobe", "process_lsm", "process_tracepoint",
            "process_uprobe");

    public TetragonMatcher {
        samePolicies = List.copyOf(samePolicies);
        podLabels = Map.copyOf(podLabels);
        binaries = List.copyOf(binaries);
        pathPrefixes = List.copyOf(pathPrefixes);
        addresses = List.copyOf(addresses);
    }

    @Override
    public MatchOutcome match(SensorEvent event) {
        if (!(event instanceof TetragonEvent tetragon) || !HOOK_EVENTS.contains(tetragon.type())
                || !sameHook(function, tetragon.functionName()) || !where(tetragon)) {
            return MatchOutcome.MISS;
        }
        if (owns(tetragon.policyName())) {
            return MatchOutcome.HIT;
        }
        String binary = tetragon.process() == null ? null : tetragon.process().binary();
        if (!binaries.isEmpty() && binary != null && !binaries.contains(binary)) {
            return MatchOutcome.MISS;
        }
        List<TetragonArg> args = tetragon.args();
        if (args.isEmpty()) {
            // Another policy's event without its arguments: the hook, the pod and the binary still
            // tell a trip-wire without an argument condition, but nothing says which file or address.
            return pathPrefixes.isEmpty() && addresses.isEmpty() ? MatchOutcome.HIT : MatchOutcome.MISS;
        }
        // loops, not streams: this runs for every event on a watched hook of a busy node
        if (!pathPrefixes.isEmpty() && !anyPathMatches(args)) {
            return MatchOutcome.MISS;
        }
        if (!addresses.isEmpty() && !anyAddressMatches(args)) {
            return MatchOutcome.MISS;
        }
        return MatchOutcome.HIT;
    }

    private boolean carries(Map<String, String> labels) {
        for (Map.Entry<String, String> wanted : podLabels.entrySet()) {
            if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether events of this policy passed this trip-wire's own selector (its deployed policy, or the one the model names). */
    public boolean owns(String policy) {
        return policy != null && (policyName.equals(policy) || samePolicies.contains(policy));
    }

    private boolean where(TetragonEvent event) {
        TetragonPod pod = event.process() == null ? null : event.process().pod();
        if (pod == null) {
            return hostToo;
        }
        if (!podLabels.isEmpty() && !carries(pod.labels())) {
            return false;
        }
        return namespace.equals(pod.namespace()) || hostToo && !PLATFORM_NAMESPACES.contains(pod.namespace());
    }

    /**
     * The hook a symbol stands for. Tetragon reports a syscall by the symbol it attached to
     * ({@code sys_setns} shows up as {@code __x64_sys_setns} on x86-64, {@code __arm64_sys_setns}
     * on arm64), and an LSM hook without the {@code security_} of its kernel function.
     */
    static String hook(String symbol) {
        if (symbol == null) {
            return "";
        }
        int from = hookStart(symbol);
        return from == 0 ? symbol : symbol.substring(from);
    }

    /** Whether two symbols stand for the same hook; per event and per trip-wire on its hook, so without copies. */
    static boolean sameHook(String symbol, String other) {
        String a = symbol == null ? "" : symbol;
        String b = other == null ? "" : other;
        int fromA = hookStart(a);
        int fromB = hookStart(b);
        int length = a.length() - fromA;
        return length == b.length() - fromB && a.regionMatches(fromA, b, fromB, length);
    }

    /** Where the hook's name starts in the symbol, past the prefixes Tetragon and the kernel add. */
    private static int hookStart(String symbol) {
        if (symbol.isEmpty() || symbol.charAt(0) != '_' && symbol.charAt(0) != 'b' && symbol.charAt(0) != 's') {
            // no prefix to strip (checked per event of a busy stream, so without a loop)
            return 0;
        }
        int from = 0;
        // the prefixes in their order; past the first that can start with the symbol's first letter
        for (int i = symbol.charAt(0) == '_' ? 0 : symbol.charAt(0) == 'b' ? BPF_LSM : SECURITY;
             i < SYMBOL_PREFIXES.size(); i++) {
            String prefix = SYMBOL_PREFIXES.get(i);
            if (symbol.startsWith(prefix, from)) {
                from += prefix.length();
            }
        }
        return from;
    }

    private static final List<String> SYMBOL_PREFIXES = List.of("__x64_", "__arm64_", "__ia32_", "__se_", "__do_",
            "bpf_lsm_", "security_");
    private static final int BPF_LSM = SYMBOL_PREFIXES.indexOf("bpf_lsm_");
    private static final int SECURITY = SYMBOL_PREFIXES.indexOf("security_");

    private boolean anyPathMatches(List<TetragonArg> args) {
        for (TetragonArg arg : args) {
            String path = arg.path() != null ? arg.path() : "string_arg".equals(arg.type()) ? arg.value() : null;
            if (path == null) {
                continue;
            }
            String reported = KernelPaths.normalize(path);
            for (String prefix : pathPrefixes) {
                if (KernelPaths.withinNormalized(reported, prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyAddressMatches(List<TetragonArg> args) {
        for (TetragonArg arg : args) {
            String address = arg.destinationAddress();
            if (address == null) {
                continue;
            }
            for (String wanted : addresses) {
                if (Addresses.contains(wanted, address)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> out = new TreeMap<>();
        out.put("sensor", "tetragon");
        out.put("policyName", policyName);
        if (!samePolicies.isEmpty()) {
            out.put("samePolicies", samePolicies);
        }
        out.put("namespace", namespace);
        out.put("hook", hook(function));
        out.put("function", function);
        if (!podLabels.isEmpty()) {
            out.put("podLabels", new TreeMap<>(podLabels));
        }
        if (hostToo) {
            out.put("hostProcesses", true);
        }
        if (!binaries.isEmpty()) {
            out.put("binaries", binaries);
        }
        if (!pathPrefixes.isEmpty()) {
            out.put("pathPrefixes", pathPrefixes);
        }
        if (!addresses.isEmpty()) {
            out.put("addresses", addresses);
        }
        out.put("minimumTetragon", minimumTetragon);
        return out;
    }
}
