package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How each trip-wire kind's parameters read in a form, in the order a person fills them in.
 * Only descriptions: the set of keys and what is valid stay with {@link TripwireCatalogue}.
 */
final class TripwireParameters {

    private static final Map<TripwireKind, List<TripwireParameter>> DESCRIBED = Map.of(
            TripwireKind.HONEYTOKEN, List.of(
                    TripwireParameter.required("secret", "Secret name", "name of the bait Secret"),
                    TripwireParameter.choice("flavor", "Flavor", true, keys(HoneytokenFlavor.values())),
                    TripwireParameter.optional("mountIn", "Mount in", "bait trip-wire id whose pod mounts it"),
                    TripwireParameter.optional("path", "Mount path", "e.g. /root/.aws/credentials")),
            TripwireKind.CANARY_SERVICE_ACCOUNT, List.of(
                    TripwireParameter.required("name", "ServiceAccount", "name of the canary ServiceAccount"),
                    TripwireParameter.required("plantIn", "Plant in", "bait trip-wire id, or configmap:<name>")),
            TripwireKind.AUDIT, List.of(
                    TripwireParameter.required("verbs", "Verbs", "comma-separated, e.g. get,list,watch"),
                    TripwireParameter.required("resource", "Resource", "e.g. secrets, pods"),
                    TripwireParameter.optional("subresource", "Subresource", "e.g. exec, log"),
                    TripwireParameter.optional("name", "Name (glob)", "object name, globs allowed"),
                    TripwireParameter.optional("namespace", "Namespace", "default: the honey namespace"),
                    TripwireParameter.optional("user", "User (glob)", "e.g. system:serviceaccount:*")),
            TripwireKind.FALCO, List.of(
                    TripwireParameter.required("rule", "Rule", "upstream rule name, e.g. Terminal shell in container"),
                    TripwireParameter.optional("condition", "Condition", "for a generated rule"),
                    TripwireParameter.optional("output", "Output", "for a generated rule"),
                    TripwireParameter.choice("priority", "Priority", false, TripwireCatalogue.FALCO_PRIORITIES)),
            TripwireKind.TETRAGON, List.of(
                    TripwireParameter.required("function", "Kernel function", "e.g. sys_setns, security_file_open"),
                    TripwireParameter.optional("binary", "Binary", "e.g. /usr/sbin/sshd (comma-separated)"),
                    TripwireParameter.optional("path", "Path prefix", "file path prefix of file arguments"),
                    TripwireParameter.optional("address", "Address", "destination IP or CIDR, e.g. 169.254.169.254/32"),
                    TripwireParameter.choice("syscall", "Syscall", false, List.of("true", "false")),
                    TripwireParameter.optional("policy", "Policy name", "TracingPolicy name"),
                    TripwireParameter.choice("scope", "Scope", false, List.of("namespace", "cluster"))),
            TripwireKind.BAIT, List.of(
                    TripwireParameter.choice("workload", "Workload", true, keys(BaitWorkload.values())),
                    TripwireParameter.choice("expose", "Expose", false,
                            Arrays.stream(Exposure.Type.values()).map(Exposure.Type::key).toList()),
                    TripwireParameter.optional("port", "Port", "1..65535"),
                    TripwireParameter.optional("image", "Image", "default: the workload's own image")),
            TripwireKind.K8S_EVENT, List.of(
                    TripwireParameter.required("reason", "Reason", "e.g. BackOff, FailedMount"),
                    TripwireParameter.optional("kind", "Object kind", "e.g. Pod"),
                    TripwireParameter.optional("name", "Object name", "")),
            TripwireKind.KUBESCAPE, List.of(
                    TripwireParameter.required("rule", "Rule id", "e.g. R0001 unexpected process, R0002 file access"),
                    TripwireParameter.optional("exec", "Executable (glob)", "e.g. /bin/*sh"),
                    TripwireParameter.optional("path", "File path (glob)", "e.g. /etc/kubernetes/pki/*")));

    private TripwireParameters() {
    }

    /**
     * Every parameter the catalogue accepts for a kind: the described ones in their order, then
     * any the descriptions do not know yet, by key, so a form never hides one.
     */
    static List<TripwireParameter> of(TripwireKind kind, Set<String> accepted) {
        List<TripwireParameter> described = DESCRIBED.getOrDefault(kind, List.of()).stream()
                .filter(p -> accepted.contains(p.key())).toList();
        Set<String> describedKeys = Set.copyOf(described.stream().map(TripwireParameter::key).toList());
        List<TripwireParameter> all = new ArrayList<>(described);
        accepted.stream().filter(k -> !describedKeys.contains(k)).sorted()
                .map(TripwireParameter::undescribed).forEach(all::add);
        return List.copyOf(all);
    }

    private static List<String> keys(Enum<?>[] values) {
        return Stream.of(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
