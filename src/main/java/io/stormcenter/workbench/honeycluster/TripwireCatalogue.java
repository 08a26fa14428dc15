package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each trip-wire kind takes and means: its parameters (typed and validated), the sensors
 * that observe it, and how often those sensors are believed to see what happened (recall).
 */
public final class TripwireCatalogue {

    /** Kubernetes object names (DNS-1123 subdomain, kept to a label's length so names can also be labels). */
    static final Pattern DNS_NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,61}[a-z0-9])?");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern KERNEL_SYMBOL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern RESOURCE = Pattern.compile("\\*|[a-z][a-z0-9.-]*");
    private static final Pattern REASON = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F:.]+(/[0-9]{1,3})?");
    /** Kubescape's rule ids: {@code R0001} ... (anomaly rules R00xx, signature rules R1xxx). */
    static final Pattern KUBESCAPE_RULE = Pattern.compile("R[0-9]{4}");

    static final Set<String> VERBS = Set.of("get", "list", "watch", "create", "update", "patch", "delete",
            "deletecollection", "proxy", "impersonate", "escalate", "bind", "use", "approve", "sign", "*");
    static final List<String> FALCO_PRIORITIES = List.of("EMERGENCY", "ALERT", "CRITICAL", "ERROR", "WARNING",
            "NOTICE", "INFORMATIONAL", "INFO", "DEBUG");

    private static final Map<TripwireKind, Set<String>> KEYS = Map.of(
            TripwireKind.KUBESCAPE, Set.of("rule", "exec", "path"),
            TripwireKind.HONEYTOKEN, Set.of("secret", "flavor", "mountIn", "path"),
            TripwireKind.CANARY_SERVICE_ACCOUNT, Set.of("name", "plantIn"),
            TripwireKind.AUDIT, Set.of("verbs", "resource", "subresource", "name", "namespace", "user"),
            TripwireKind.FALCO, Set.of("rule", "condition", "output", "priority"),
            TripwireKind.TETRAGON, Set.of("function", "binary", "path", "address", "syscall", "policy", "scope"),
            TripwireKind.BAIT, Set.of("workload", "expose", "port", "image"),
            TripwireKind.K8S_EVENT, Set.of("reason", "kind", "name"));

    /** A trip-wire's typed parameters, or the problems that stop it from having them. */
    public record Parsed(TripwireParams params, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return params != null && problems.stream().noneMatch(Problem::isError);
        }
    }

    /** Every parameter a kind accepts, described for a form, in the order a person fills them in. */
    public static List<TripwireParameter> parameters(TripwireKind kind) {
        return TripwireParameters.of(kind, KEYS.get(kind));
    }

    /** The sensors whose events can fire a trip-wire of this kind. */
    public static Set<Sensor> sensors(TripwireKind kind) {
        return switch (kind) {
            case HONEYTOKEN -> Set.of(Sensor.AUDIT, Sensor.TETRAGON);
            case CANARY_SERVICE_ACCOUNT, AUDIT -> Set.of(Sensor.AUDIT);
            case FALCO -> Set.of(Sensor.FALCO);
            case TETRAGON -> Set.of(Sensor.TETRAGON);
            case BAIT -> Set.of(Sensor.AUDIT, Sensor.TETRAGON);
            case K8S_EVENT -> Set.of(Sensor.KUBERNETES_EVENTS);
            case KUBESCAPE -> Set.of(Sensor.KUBESCAPE);
        };
    }

    /**
     * Default recall q: the chance the sensors report a step that did happen. The audit log sees
     * every API request; kernel sensors drop events under load; Kubernetes Events are best effort
     * and expire after an hour.
     */
    public static double defaultRecall(TripwireKind kind) {
        return switch (kind) {
            case AUDIT -> 0.99;
            case HONEYTOKEN, CANARY_SERVICE_ACCOUNT -> 0.97;
            case TETRAGON -> 0.9;
            case BAIT -> 0.9;
            case FALCO -> 0.85;
            case K8S_EVENT -> 0.7;
            // Anomaly rules alert only after the learning period, and some once per container.
            case KUBESCAPE -> 0.8;
        };
    }

    /** Types the parameters of one trip-wire of a node; never throws for a user's mistake. */
    public Parsed parse(String nodeId, Tripwire tripwire) {
        ParamReader in = new ParamReader(nodeId, tripwire);
        if (tripwire.kind() == null) {
            in.error("kind", "missing (expected one of " + Arrays.stream(TripwireKind.values()).map(TripwireKind::key).toList() + ")");
            return new Parsed(null, in.problems);
        }
        for (String key : tripwire.params().keySet()) {
            if (!KEYS.get(tripwire.kind()).contains(key)) {
                in.warning(key, "not a parameter of " + tripwire.kind().key() + " (expected "
                        + KEYS.get(tripwire.kind()).stream().sorted().toList() + "); ignored");
            }
        }
        TripwireParams params = switch (tripwire.kind()) {
            case HONEYTOKEN -> honeytoken(in);
            case CANARY_SERVICE_ACCOUNT -> canary(in);
            case AUDIT -> audit(in);
            case FALCO -> falco(in);
            case TETRAGON -> tetragon(in);
            case BAIT -> bait(in);
            case K8S_EVENT -> kubernetesEvent(in);
            case KUBESCAPE -> kubescape(in);
        };
        return new Parsed(in.hasErrors() ? null : params, in.problems);
    }

    /**
     * Every trip-wire problem of a tree: parameters, duplicate ids, references between
     * trip-wires (a honeytoken mounted in, or a token planted in, a bait that does not exist).
     */
    public List<Problem> validate(AttackTree tree) {
        List<Problem> problems = new ArrayList<>();
        Map<String, TripwireKind> kinds = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (Node node : tree.nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                String previous = owners.putIfAbsent(tripwire.id(), node.id());
                if (previous != null) {
                    problems.add(Problem.error(node.id(), "tripwires[" + tripwire.id() + "].id",
                            "trip-wire id '" + tripwire.id() + "' is also used on node '" + previous + "'"));
                }
                kinds.putIfAbsent(tripwire.id(), tripwire.kind());
            }
        }
        Map<String, String> secrets = new HashMap<>();
        Map<String, String> accounts = new HashMap<>();
        for (Node node : tree.nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                if (tripwire.id() == null || tripwire.id().isBlank()) {
                    problems.add(Problem.error(node.id(), "tripwires[].id", "a trip-wire has no id"));
                    continue;
                }
                Parsed parsed = parse(node.id(), tripwire);
                problems.addAll(parsed.problems());
                ParamReader in = new ParamReader(node.id(), tripwire);
                if (parsed.params() instanceof TripwireParams.Honeytoken h) {
                    in.requireBait("mountIn", h.mountIn(), kinds);
                    in.unique("secret", h.secret(), secrets, "Secret");
                } else if (parsed.params() instanceof TripwireParams.CanaryServiceAccount c) {
                    in.requireBait("plantIn", c.plantInBait(), kinds);
                    in.unique("name", c.name(), accounts, "ServiceAccount");
                }
                problems.addAll(in.problems);
            }
        }
        return problems;
    }

    private static TripwireParams honeytoken(ParamReader in) {
        String secret = in.required("secret", DNS_NAME, "a Secret name (lower-case letters, digits, '-', '.')");
        String flavor = in.required("flavor", null, null);
        HoneytokenFlavor parsed = null;
        if (flavor != null) {
            parsed = Arrays.stream(HoneytokenFlavor.values()).filter(f -> f.key().equals(flavor)).findFirst().orElse(null);
            if (parsed == null) {
                in.error("flavor", "'" + flavor + "' is not one of " + Arrays.stream(HoneytokenFlavor.values()).map(HoneytokenFlavor::key).toList());
            }
        }
        String path = in.absolutePath("path");
        return new TripwireParams.Honeytoken(secret, parsed, in.optional("mountIn"), path);
    }

    private static TripwireParams canary(ParamReader in) {
        String name = in.required("name", DNS_NAME, "a ServiceAccount name (lower-case letters, digits, '-', '.')");
        String plantIn = in.required("plantIn", null, null);
        String bait = null;
        String configMap = null;
        if (plantIn != null) {
            if (plantIn.startsWith("configmap:")) {
                configMap = plantIn.substring("configmap:".length());
                if (!DNS_NAME.matcher(configMap).matches()) {
                    in.error("plantIn", "'configmap:' must be followed by a ConfigMap name (lower-case letters, digits, '-', '.')");
                }
            } else {
                bait = plantIn;
            }
        }
        return new TripwireParams.CanaryServiceAccount(name, bait, configMap);
    }

    private static TripwireParams audit(ParamReader in) {
        List<String> verbs = in.list("verbs");
        if (verbs.isEmpty()) {
            in.error("verbs", "missing (e.g. get,list,watch)");
        }
        for (String verb : verbs) {
            if (!VERBS.contains(verb)) {
                in.error("verbs", "'" + verb + "' is not a Kubernetes verb (expected some of " + VERBS.stream().sorted().toList() + ")");
            }
        }
        String resource = in.required("resource", RESOURCE, "a plural resource name such as 'secrets' or 'pods'");
        String subresource = in.matching("subresource", Pattern.compile("[a-z]+"), "a subresource such as 'exec' or 'log'");
        String namespace = in.optional("namespace");
        if (namespace != null && !namespace.equals("*") && !DNS_LABEL.matcher(namespace).matches()) {
            in.error("namespace", "'" + namespace + "' is not a namespace name (or '*' for any)");
        }
        return new TripwireParams.Audit(verbs, resource, subresource, in.optional("name"), namespace, in.optional("user"));
    }

    private static TripwireParams falco(ParamReader in) {
        String rule = in.required("rule", null, null);
        if (rule != null && (rule.contains("\n") || rule.length() > 200)) {
            in.error("rule", "a rule name is one line of at most 200 characters");
        }
        String condition = in.optional("condition");
        String output = in.optional("output");
        String priority = in.optional("priority");
        boolean generated = condition != null || output != null || priority != null;
        if (generated) {
            if (condition == null) {
                in.error("condition", "missing: a generated Falco rule needs condition, output and priority");
            }
            if (output == null) {
                in.error("output", "missing: a generated Falco rule needs condition, output and priority");
            }
            if (priority == null) {
                in.error("priority", "missing: a generated Falco rule needs condition, output and priority");
            } else if (!FALCO_PRIORITIES.contains(priority.toUpperCase(Locale.ROOT))) {
                in.error("priority", "'" + priority + "' is not a Falco priority (expected one of " + FALCO_PRIORITIES + ")");
            }
        }
        return new TripwireParams.Falco(rule, condition, output, priority);
    }

    private static TripwireParams tetragon(ParamReader in) {
        String function = in.required("function", KERNEL_SYMBOL, "a kernel function name such as 'sys_setns'");
        String binary = in.optional("binary");
        for (String b : in.list("binary")) {
            if (!b.startsWith("/")) {
                in.error("binary", "'" + b + "' is not an absolute path");
            }
        }
        String path = in.optional("path");
        for (String p : in.list("path")) {
            if (!p.startsWith("/")) {
                in.error("path", "'" + p + "' is not an absolute path");
            }
        }
        String address = in.optional("address");
        for (String a : in.list("address")) {
            if (!ADDRESS.matcher(a).matches()) {
                in.error("address", "'" + a + "' is not an IP address or CIDR");
            }
        }
        Boolean syscall = in.bool("syscall");
        String policy = in.matching("policy", DNS_LABEL, "a policy name (lower-case letters, digits, '-')");
        String scope = in.optional("scope");
        if (scope != null && !scope.equals("namespace") && !scope.equals("cluster")) {
            in.error("scope", "'" + scope + "' is not 'namespace' or 'cluster'");
        }
        return new TripwireParams.Tetragon(function, binary, path, address, syscall, policy, "cluster".equals(scope));
    }

    private static TripwireParams bait(ParamReader in) {
        String workload = in.required("workload", null, null);
        BaitWorkload parsed = null;
        if (workload != null) {
            parsed = Arrays.stream(BaitWorkload.values()).filter(w -> w.key().equals(workload)).findFirst().orElse(null);
            if (parsed == null) {
                in.error("workload", "'" + workload + "' is not one of " + Arrays.stream(BaitWorkload.values()).map(BaitWorkload::key).toList());
            }
        }
        String expose = in.optional("expose");
        Exposure.Type type = Exposure.Type.NONE;
        if (expose != null) {
            type = Arrays.stream(Exposure.Type.values()).filter(t -> t.key().equals(expose)).findFirst().orElse(null);
            if (type == null) {
                in.error("expose", "'" + expose + "' is not one of " + Arrays.stream(Exposure.Type.values()).map(Exposure.Type::key).toList());
            }
        }
        Integer port = in.integer("port", 1, 65535);
        int effectivePort = port != null ? port : parsed != null ? parsed.defaultPort() : 0;
        return new TripwireParams.Bait(parsed, type, effectivePort, in.optional("image"));
    }

    private static TripwireParams kubernetesEvent(ParamReader in) {
        String reason = in.required("reason", REASON, "an Event reason such as 'BackOff' or 'Killing'");
        return new TripwireParams.KubernetesEventRule(reason, in.optional("kind"), in.optional("name"));
    }

    private static TripwireParams kubescape(ParamReader in) {
        String rule = in.required("rule", KUBESCAPE_RULE, "a Kubescape rule id such as 'R0001' (unexpected process)");
        String exec = in.absolutePath("exec");
        String path = in.absolutePath("path");
        return new TripwireParams.Kubescape(rule, exec, path);
    }

    /** Reads one trip-wire's string parameters and collects problems naming node, trip-wire and field. */
    private static final class ParamReader {
        private final String nodeId;
        private final Tripwire tripwire;
        private final List<Problem> problems = new ArrayList<>();

        ParamReader(String nodeId, Tripwire tripwire) {
            this.nodeId = nodeId;
            this.tripwire = tripwire;
        }

        private String field(String key) {
            return "tripwires[" + tripwire.id() + "].params." + key;
        }

        private String prefix() {
            return "trip-wire '" + tripwire.id() + "'" + (tripwire.kind() == null ? "" : " (" + tripwire.kind().key() + ")") + ": ";
        }

        void error(String key, String message) {
            problems.add(Problem.error(nodeId, key.equals("kind") ? "tripwires[" + tripwire.id() + "].kind" : field(key),
                    prefix() + message));
        }

        void warning(String key, String message) {
            problems.add(Problem.warning(nodeId, field(key), prefix() + message));
        }

        boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        String optional(String key) {
            String value = tripwire.param(key);
            return value == null || value.isBlank() ? null : value.trim();
        }

        String required(String key, Pattern pattern, String expected) {
            String value = optional(key);
            if (value == null) {
                error(key, "missing");
                return null;
            }
            if (pattern != null && !pattern.matcher(value).matches()) {
                error(key, "'" + value + "' is not " + expected);
            }
            return value;
        }

        String matching(String key, Pattern pattern, String expected) {
            String value = optional(key);
            if (value != null && !pattern.matcher(value).matches()) {
                error(key, "'" + value + "' is not " + expected);
            }
            return value;
        }

        List<String> list(String key) {
            String value = optional(key);
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        String absolutePath(String key) {
            String value = optional(key);
            if (value != null && !value.startsWith("/")) {
                error(key, "'" + value + "' is not an absolute path");
            }
            return value;
        }

        Boolean bool(String key) {
            String value = optional(key);
            if (value == null) {
                return null;
            }
            if (!value.equals("true") && !value.equals("false")) {
                error(key, "'" + value + "' is not true or false");
                return null;
            }
            return Boolean.valueOf(value);
        }

        Integer integer(String key, int min, int max) {
            String value = optional(key);
            if (value == null) {
                return null;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed < min || parsed > max) {
                    error(key, parsed + " is outside " + min + ".." + max);
                    return null;
                }
                return parsed;
            } catch (NumberFormatException e) {
                error(key, "'" + value + "' is not a number");
                return null;
            }
        }

        void requireBait(String key, String baitId, Map<String, TripwireKind> kinds) {
            if (baitId == null) {
                return;
            }
            TripwireKind kind = kinds.get(baitId);
            if (kind == null) {
                error(key, "no trip-wire '" + baitId + "' in this model (expected the id of a bait trip-wire)");
            } else if (kind != TripwireKind.BAIT) {
                error(key, "trip-wire '" + baitId + "' is a " + kind.key() + ", not a bait");
            }
        }

        void unique(String key, String name, Map<String, String> seen, String what) {
            if (name == null) {
                return;
            }
            String previous = seen.putIfAbsent(name, tripwire.id());
            if (previous != null) {
                error(key, what + " '" + name + "' is also made by trip-wire '" + previous + "'");
            }
        }
    }
}
