package io.stormcenter.workbench.ui.inspector;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of a trip-wire by kind, and the check of a filled-in form. Parameters follow the
 * conventions the sample models and the honeycluster compiler share (TEAM.md).
 */
public final class TripwireForm {

    private static final Map<TripwireKind, List<TripwireParam>> PARAMS = Map.of(
            TripwireKind.HONEYTOKEN, List.of(
                    TripwireParam.required("secret", "Secret name", "name of the bait Secret"),
                    TripwireParam.choice("flavor", "Flavor", true, List.of("aws", "kubeconfig", "database", "registry", "generic")),
                    TripwireParam.optional("mountIn", "Mount in", "bait trip-wire id whose pod mounts it"),
                    TripwireParam.optional("path", "Mount path", "e.g. /root/.aws/credentials")),
            TripwireKind.CANARY_SERVICE_ACCOUNT, List.of(
                    TripwireParam.required("name", "ServiceAccount", "name of the canary ServiceAccount"),
                    TripwireParam.required("plantIn", "Plant in", "bait trip-wire id, or configmap:<name>")),
            TripwireKind.AUDIT, List.of(
                    TripwireParam.required("verbs", "Verbs", "comma-separated, e.g. get,list,watch"),
                    TripwireParam.required("resource", "Resource", "e.g. secrets, pods"),
                    TripwireParam.optional("subresource", "Subresource", "e.g. exec, log"),
                    TripwireParam.optional("name", "Name (glob)", "object name, globs allowed"),
                    TripwireParam.optional("namespace", "Namespace", "default: the honey namespace"),
                    TripwireParam.optional("user", "User (glob)", "e.g. system:serviceaccount:*")),
            TripwireKind.FALCO, List.of(
                    TripwireParam.required("rule", "Rule", "upstream rule name, e.g. Terminal shell in container"),
                    TripwireParam.optional("condition", "Condition", "for a generated rule"),
                    TripwireParam.optional("output", "Output", "for a generated rule"),
                    TripwireParam.choice("priority", "Priority", false, List.of("EMERGENCY", "ALERT", "CRITICAL",
                            "ERROR", "WARNING", "NOTICE", "INFORMATIONAL", "DEBUG"))),
            TripwireKind.TETRAGON, List.of(
                    TripwireParam.required("function", "Kernel function", "e.g. sys_setns, security_file_open"),
                    TripwireParam.optional("binary", "Binary", "e.g. /usr/sbin/sshd"),
                    TripwireParam.optional("path", "Path prefix", "file path prefix of file arguments"),
                    TripwireParam.choice("syscall", "Syscall", false, List.of("true", "false")),
                    TripwireParam.optional("policy", "Policy name", "TracingPolicy name")),
            TripwireKind.BAIT, List.of(
                    TripwireParam.choice("workload", "Workload", true, List.of("ssh", "dashboard")),
                    TripwireParam.choice("expose", "Expose", false, List.of("none", "NodePort", "LoadBalancer")),
                    TripwireParam.number("port", "Port", "1..65535")),
            TripwireKind.K8S_EVENT, List.of(
                    TripwireParam.required("reason", "Reason", "e.g. BackOff, FailedMount"),
                    TripwireParam.optional("kind", "Object kind", "e.g. Pod"),
                    TripwireParam.optional("name", "Object name", "")),
            TripwireKind.KUBESCAPE, List.of(
                    TripwireParam.required("rule", "Rule id", "e.g. R0001 unexpected process, R0002 file access"),
                    TripwireParam.optional("exec", "Executable (glob)", "e.g. /bin/*sh"),
                    TripwireParam.optional("path", "File path (glob)", "e.g. /etc/kubernetes/pki/*")));

    private TripwireForm() {
    }

    public static List<TripwireParam> params(TripwireKind kind) {
        return PARAMS.get(kind);
    }

    /**
     * What is wrong with a filled-in form, field by field ({@code id} for the id); empty when it is fine.
     *
     * @param takenIds trip-wire ids already used elsewhere in the tree
     */
    public static Map<String, String> check(String id, TripwireKind kind, Map<String, String> values, Set<String> takenIds) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (id == null || id.isBlank()) {
            errors.put("id", "The id is required");
        } else if (!id.strip().matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
            errors.put("id", "Use lower-case letters, digits and dashes (it becomes a Kubernetes label)");
        } else if (takenIds.contains(id.strip())) {
            errors.put("id", "Another trip-wire already uses this id");
        }
        if (kind == null) {
            errors.put("kind", "Choose a kind");
            return errors;
        }
        for (TripwireParam param : params(kind)) {
            String problem = param.check(values.get(param.key()));
            if (problem != null) {
                errors.put(param.key(), problem);
            }
        }
        if (kind == TripwireKind.FALCO) {
            long generated = List.of("condition", "output").stream().filter(k -> notBlank(values.get(k))).count();
            if (generated == 1) {
                errors.put("condition", "A generated rule needs both a condition and an output");
            }
        }
        return errors;
    }

    /** The trip-wire of a valid form; blank optional values are left out. */
    public static Tripwire build(String id, TripwireKind kind, Map<String, String> values) {
        Map<String, String> params = new TreeMap<>();
        for (TripwireParam param : params(kind)) {
            String value = values.get(param.key());
            if (notBlank(value)) {
                params.put(param.key(), value.strip());
            }
        }
        return new Tripwire(id.strip(), kind, params);
    }

    /** One line for the inspector's list. */
    public static String summary(Tripwire tripwire) {
        List<String> parts = new ArrayList<>();
        tripwire.params().forEach((k, v) -> parts.add(k + "=" + v));
        return tripwire.id() + "  ·  " + (tripwire.kind() == null ? "?" : tripwire.kind().key())
                + (parts.isEmpty() ? "" : "  ·  " + String.join(", ", parts));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
