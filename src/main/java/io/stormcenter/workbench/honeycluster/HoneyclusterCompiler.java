package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Ids;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Tripwire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compiles an attack tree into a {@link HoneyclusterPlan}: for each trip-wire the objects that
 * make it (bait, honeytoken, canary account, Tetragon policy, Falco rule, audit rule) and the
 * matcher that recognises its events; around them the honey namespace and its containment.
 * Pure: the same tree and options give an equal plan; nothing touches a cluster or a disk.
 */
public final class HoneyclusterCompiler {

    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Set<String> RESERVED = Set.of("default", "kube-system", "kube-public", "kube-node-lease");
    /** Resources without a namespace: an audit trip-wire on them defaults to cluster scope, not the honey namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("persistentvolumes", "nodes", "namespaces",
            "clusterroles", "clusterrolebindings", "storageclasses", "customresourcedefinitions",
            "certificatesigningrequests", "validatingwebhookconfigurations", "mutatingwebhookconfigurations");
    private static final List<String> STREAMING = List.of("exec", "attach", "portforward");
    static final String FALCO_CONFIG_MAP = "ksc-falco-rules";

    private final TripwireCatalogue catalogue = new TripwireCatalogue();

    /**
     * The namespace a model compiles into: the option, or {@code ksc-<model-slug>} (a slug that
     * already starts with {@code ksc-} keeps its one prefix: {@code ksc-kubecon-2024}, not
     * {@code ksc-ksc-kubecon-2024}).
     */
    public static String namespaceFor(AttackTree tree, CompileOptions options) {
        if (options.namespace() != null) {
            return options.namespace();
        }
        String slug = Ids.slug(tree.id());
        String name = slug.startsWith("ksc-") ? slug : "ksc-" + slug;
        return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
    }

    /** The deployment id: the model's slug and a hash of model id and seed. */
    public static String deploymentIdFor(AttackTree tree, long seed) {
        String slug = Ids.slug(tree.id());
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        return slug + "-" + ObjectLabels.shortHash(tree.id() + ":" + seed);
    }

    /** Everything that stops (errors) or weakens (warnings) a compile, naming node and field. */
    public List<Problem> check(AttackTree tree, CompileOptions options) {
        List<Problem> problems = new ArrayList<>();
        String namespace = namespaceFor(tree, options);
        if (RESERVED.contains(namespace) || namespace.startsWith("kube-")) {
            problems.add(Problem.error(null, "namespace", "'" + namespace
                    + "' is reserved for the platform: a honeycluster gets a namespace of its own"));
        } else if (namespace.length() > 63 || !NAMESPACE.matcher(namespace).matches()) {
            problems.add(Problem.error(null, "namespace", "'" + namespace
                    + "' is not a valid namespace name (DNS-1123 label: lower-case letters, digits and '-', at most 63)"));
        }
        if (tree.nodes().stream().allMatch(n -> n.tripwires().isEmpty())) {
            problems.add(Problem.error(tree.rootId(), "tripwires",
                    "the model has no trip-wires: nothing would tell an attacker's steps (add some, or take the suggestions)"));
        }
        problems.addAll(catalogue.validate(tree));
        if (problems.stream().noneMatch(Problem::isError)) {
            checkPlanLevel(tree, problems);
        }
        return problems;
    }

    private void checkPlanLevel(AttackTree tree, List<Problem> problems) {
        Map<String, String> canaryOfBait = new HashMap<>();
        Map<String, String> policies = new HashMap<>();
        for (Node node : tree.nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                TripwireParams params = catalogue.parse(node.id(), tripwire).params();
                String field = "tripwires[" + tripwire.id() + "].params.";
                if (params instanceof TripwireParams.CanaryServiceAccount c && c.plantInBait() != null) {
                    String other = canaryOfBait.putIfAbsent(c.plantInBait(), tripwire.id());
                    if (other != null) {
                        problems.add(Problem.error(node.id(), field + "plantIn", "trip-wire '" + tripwire.id()
                                + "': bait '" + c.plantInBait() + "' already carries the token of canary '" + other
                                + "' (a pod runs as one service account)"));
                    }
                }
                if (params instanceof TripwireParams.Tetragon t) {
                    String name = policyName(tripwire.id(), t.policy(), "");
                    String other = policies.putIfAbsent(name, tripwire.id());
                    if (other != null) {
                        problems.add(Problem.error(node.id(), field + "policy", "trip-wire '" + tripwire.id()
                                + "': policy name '" + name + "' is also used by trip-wire '" + other + "'"));
                    }
                    if (!TracingPolicies.argumentUsable(t)) {
                        problems.add(Problem.warning(node.id(), field + (t.path() != null ? "path" : "address"),
                                "trip-wire '" + tripwire.id() + "': " + t.function()
                                        + " has no argument of that kind the compiler knows; the parameter is ignored"));
                    }
                    if (!KprobeShape.isKnown(t.function())) {
                        problems.add(Problem.warning(node.id(), field + "function", "trip-wire '" + tripwire.id()
                                + "': " + t.function() + " is hooked without reading its arguments"));
                    }
                }
            }
        }
    }

    /** Compiles, or refuses with every problem when there is an error. */
    public HoneyclusterPlan compile(AttackTree tree, CompileOptions options) throws PlanRefusedException {
        List<Problem> problems = check(tree, options);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new PlanRefusedException(problems);
        }
        return new Build(tree, options).plan();
    }

    static String policyName(String tripwireId, String explicit, String suffix) {
        if (explicit != null && suffix.isEmpty()) {
            return explicit;
        }
        String base = "ksc-" + Ids.slug(tripwireId);
        return (base.length() > 52 ? base.substring(0, 52).replaceAll("-+$", "") : base) + suffix;
    }

    /** One compile's state: the objects by deploy order and the index entries. */
    private final class Build {
        private final AttackTree tree;
        private final CompileOptions options;
        private final String namespace;
        private final String deploymentId;
        private final Map<String, String> base;
        private final IdentityExclusions exclusions;
        private final List<HasMetadata> accounts = new ArrayList<>();
        private final List<HasMetadata> secrets = new ArrayList<>();
        private final List<HasMetadata> workloads = new ArrayList<>();
        private final List<HasMetadata> policies = new ArrayList<>();
        private final List<TripwireEntry> entries = new ArrayList<>();
        private final List<Exposure> exposures = new ArrayList<>();
        private final List<PlantedToken> planted = new ArrayList<>();
        private final List<FalcoRulesFile.GeneratedRule> falcoRules = new ArrayList<>();
        private final Set<String> falcoUpstream = new TreeSet<>();
        private final List<AuditPolicyFile.Rule> auditRules = new ArrayList<>();
        private final List<String> canaryUsers = new ArrayList<>();
        private final Map<String, String> baitNames = new LinkedHashMap<>();
        private final Map<String, List<BaitObjects.Mount>> mounts = new HashMap<>();
        private final Map<String, String> baitAccounts = new HashMap<>();
        private final List<String> falcoTripwires = new ArrayList<>();
        private final Set<String> policyNames = new HashSet<>();
        private final List<TripwireParams.Kubescape> kubescapeRules = new ArrayList<>();

        Build(AttackTree tree, CompileOptions options) {
            this.tree = tree;
            this.options = options;
            this.namespace = namespaceFor(tree, options);
            this.deploymentId = deploymentIdFor(tree, options.seed());
            this.base = ObjectLabels.base(tree.id(), deploymentId);
            this.exclusions = options.exclusions();
        }

        HoneyclusterPlan plan() {
            List<Parsed> parsed = new ArrayList<>();
            Map<BaitWorkload, Integer> perWorkload = new HashMap<>();
            for (Node node : tree.nodes()) {
                for (Tripwire tripwire : node.tripwires()) {
                    TripwireParams params = catalogue.parse(node.id(), tripwire).params();
                    parsed.add(new Parsed(node.id(), tripwire, params));
                    if (params instanceof TripwireParams.Bait bait) {
                        int n = perWorkload.merge(bait.workload(), 1, Integer::sum);
                        baitNames.put(tripwire.id(), bait.workload().baseName() + (n == 1 ? "" : "-" + n));
                    } else if (params instanceof TripwireParams.Honeytoken h && h.mountIn() != null) {
                        mounts.computeIfAbsent(h.mountIn(), k -> new ArrayList<>()).add(new BaitObjects.Mount(
                                h.secret(), h.flavor(), h.path() != null ? h.path() : h.flavor().defaultMountPath()));
                    } else if (params instanceof TripwireParams.CanaryServiceAccount c && c.plantInBait() != null) {
                        baitAccounts.put(c.plantInBait(), c.name());
                    }
                }
            }
            for (Parsed p : parsed) {
                if (p.params() instanceof TripwireParams.Tetragon t) {
                    policyNames.add(policyName(p.tripwire().id(), t.policy(), ""));
                }
            }
            for (Parsed p : parsed) {
                add(p);
            }
            Map<String, String> files = new TreeMap<>();
            files.put(OperatorFiles.AUDIT_POLICY, AuditPolicyFile.render(namespace, canaryUsers, auditRules));
            files.put(OperatorFiles.WEBHOOK_KUBECONFIG, OperatorFiles.webhookKubeconfig());
            List<HasMetadata> configMaps = new ArrayList<>();
            if (!falcoTripwires.isEmpty()) {
                String rules = FalcoRulesFile.render(namespace, falcoRules, new ArrayList<>(falcoUpstream));
                files.put(FalcoRulesFile.fileName(deploymentId), rules);
                if (!falcoRules.isEmpty()) {
                    configMaps.add(FalcoRulesFile.configMap(FALCO_CONFIG_MAP, namespace, base,
                            FalcoRulesFile.fileName(deploymentId), rules));
                }
            }
            if (!kubescapeRules.isEmpty()) {
                String name = kubescapeBindingName();
                HasMetadata binding = KubescapeSettings.binding(name, namespace, base, kubescapeRules);
                policies.add(binding);
                files.put(KubescapeSettings.VALUES_FILE, KubescapeSettings.helmValues(deploymentId, name));
            }
            List<HasMetadata> objects = new ArrayList<>();
            objects.add(ContainmentObjects.namespace(namespace, base));
            objects.addAll(ContainmentObjects.objects(namespace, base, options.apiServerCidrs()));
            objects.addAll(accounts);
            objects.addAll(secrets);
            objects.addAll(configMaps);
            objects.addAll(workloads);
            objects.addAll(policies);
            return new HoneyclusterPlan(tree.id(), deploymentId, namespace, options.seed(), objects,
                    new TripwireIndex(entries), exposures, planted, exclusions.patterns(), files,
                    new ArrayList<>(falcoUpstream));
        }

        private void add(Parsed p) {
            String id = p.tripwire().id();
            Map<String, String> labels = ObjectLabels.forTripwire(base, id);
            List<String> names = new ArrayList<>();
            EventMatcher matcher = switch (p.tripwire().kind()) {
                case HONEYTOKEN -> honeytoken(id, (TripwireParams.Honeytoken) p.params(), labels, names);
                case CANARY_SERVICE_ACCOUNT -> canary(id, (TripwireParams.CanaryServiceAccount) p.params(), labels, names);
                case AUDIT -> audit((TripwireParams.Audit) p.params());
                case FALCO -> falco(p, (TripwireParams.Falco) p.params(), names);
                case TETRAGON -> tetragon(id, (TripwireParams.Tetragon) p.params(), labels, names);
                case BAIT -> bait(id, (TripwireParams.Bait) p.params(), labels, names);
                case K8S_EVENT -> {
                    TripwireParams.KubernetesEventRule rule = (TripwireParams.KubernetesEventRule) p.params();
                    yield new KubernetesEventMatcher(rule.reason(), rule.kind(), rule.name(), namespace);
                }
                case KUBESCAPE -> {
                    TripwireParams.Kubescape rule = (TripwireParams.Kubescape) p.params();
                    kubescapeRules.add(rule);
                    names.add(KubescapeSettings.BINDING + "/" + kubescapeBindingName());
                    yield new KubescapeMatcher(rule.rule(), rule.exec(), rule.path(), namespace);
                }
            };
            entries.add(new TripwireEntry(id, p.nodeId(), p.tripwire().kind(), matcher, names,
                    TripwireCatalogue.defaultRecall(p.tripwire().kind())));
        }

        /** One binding for the whole plan: a cluster-wide name that carries the deployment id, so plans cannot collide. */
        private String kubescapeBindingName() {
            String name = "ksc-" + deploymentId + "-runtime-rules";
            return name.length() > 63 ? name.substring(0, 63).replaceAll("-+$", "") : name;
        }

        /** A policy name no trip-wire's own policy uses ({@code -2}, {@code -3} ... appended when taken). */
        private String freePolicyName(String wanted) {
            String name = wanted;
            for (int n = 2; !policyNames.add(name); n++) {
                name = wanted + "-" + n;
            }
            return name;
        }

        private EventMatcher honeytoken(String id, TripwireParams.Honeytoken token, Map<String, String> labels,
                                        List<String> names) {
            HasMetadata secret = HoneytokenSecrets.secret(token, namespace, labels,
                    FakeCredentials.forTripwire(options.seed(), id));
            secrets.add(secret);
            names.add(HoneyclusterPlan.key(secret));
            EventMatcher reads = new AuditMatcher(List.of("get", "list", "watch"), "secrets", null, namespace,
                    token.secret(), null, exclusions);
            if (token.mountIn() == null) {
                return reads;
            }
            String path = token.path() != null ? token.path() : token.flavor().defaultMountPath();
            TripwireParams.Tetragon read = new TripwireParams.Tetragon("security_file_permission", null, path, null,
                    null, null, false);
            String policy = freePolicyName(policyName(id, null, "-read"));
            HasMetadata tracing = TracingPolicies.policy(policy, namespace, labels, read);
            policies.add(tracing);
            names.add(HoneyclusterPlan.key(tracing));
            return new AnyOfMatcher(List.of(reads,
                    new TetragonMatcher(policy, namespace, false, "security_file_permission", List.of(path), List.of())));
        }

        private EventMatcher canary(String id, TripwireParams.CanaryServiceAccount canary, Map<String, String> labels,
                                    List<String> names) {
            List<HasMetadata> made = CanaryObjects.objects(canary, namespace, labels);
            accounts.addAll(made);
            made.forEach(o -> names.add(HoneyclusterPlan.key(o)));
            if (canary.plantInConfigMap() != null) {
                planted.add(new PlantedToken(id, canary.name(), CanaryObjects.tokenSecretName(canary.name()),
                        canary.plantInConfigMap(), "kubeconfig"));
            }
            String user = "system:serviceaccount:" + namespace + ":" + canary.name();
            canaryUsers.add(user);
            // Any request by the canary is an attacker's: nothing of ours runs as it.
            return new AuditMatcher(List.of("*"), "*", "*", null, null, user, exclusions);
        }

        private EventMatcher audit(TripwireParams.Audit audit) {
            String scope;
            if (audit.namespace() == null) {
                scope = CLUSTER_SCOPED.contains(audit.resource()) ? "" : namespace;
            } else {
                scope = "*".equals(audit.namespace()) ? null : audit.namespace();
            }
            auditRules.add(new AuditPolicyFile.Rule(audit.verbs(), audit.resource(), audit.subresource(),
                    scope == null ? "*" : scope, audit.name()));
            return new AuditMatcher(audit.verbs(), audit.resource(), audit.subresource(), scope, audit.name(),
                    audit.user(), exclusions);
        }

        private EventMatcher falco(Parsed p, TripwireParams.Falco falco, List<String> names) {
            falcoTripwires.add(p.tripwire().id());
            if (falco.generated()) {
                falcoRules.add(new FalcoRulesFile.GeneratedRule(p.tripwire().id(), p.nodeId(), falco));
                names.add("ConfigMap/" + FALCO_CONFIG_MAP);
            } else {
                falcoUpstream.add(falco.rule());
            }
            return new FalcoMatcher(falco.rule(), namespace);
        }

        private EventMatcher tetragon(String id, TripwireParams.Tetragon tetragon, Map<String, String> labels,
                                      List<String> names) {
            String policy = policyName(id, tetragon.policy(), "");
            HasMetadata tracing = TracingPolicies.policy(policy, namespace, labels, tetragon);
            policies.add(tracing);
            names.add(HoneyclusterPlan.key(tracing));
            KprobeShape shape = KprobeShape.of(tetragon.function());
            return new TetragonMatcher(policy, namespace, tetragon.clusterWide(), tetragon.function(),
                    shape.pathArg() >= 0 ? TracingPolicies.split(tetragon.path()) : List.of(),
                    shape.sockArg() >= 0 ? TracingPolicies.split(tetragon.address()) : List.of());
        }

        private EventMatcher bait(String id, TripwireParams.Bait bait, Map<String, String> labels, List<String> names) {
            String name = baitNames.get(id);
            List<HasMetadata> made = BaitObjects.objects(bait, name, namespace, labels,
                    mounts.getOrDefault(id, List.of()), baitAccounts.get(id));
            workloads.addAll(made);
            made.forEach(o -> names.add(HoneyclusterPlan.key(o)));
            if (bait.expose() != Exposure.Type.NONE) {
                exposures.add(new Exposure(id, name, bait.expose(), bait.port()));
            }
            String podName = bait.workload() == BaitWorkload.SSH ? name : name + "-*";
            List<EventMatcher> matchers = new ArrayList<>();
            for (String sub : STREAMING) {
                matchers.add(new AuditMatcher(List.of("create", "get"), "pods", sub, namespace, podName, null, exclusions));
            }
            // Someone connecting to the decoy: the kernel sees the accept in the bait's server process.
            String binary = bait.workload() == BaitWorkload.SSH ? "/usr/sbin/sshd" : "/usr/sbin/nginx";
            TripwireParams.Tetragon accept = new TripwireParams.Tetragon("inet_csk_accept", binary, null, null,
                    false, null, false);
            String policy = freePolicyName(policyName(id, null, "-accept"));
            HasMetadata tracing = TracingPolicies.policy(policy, namespace, labels, accept);
            policies.add(tracing);
            names.add(HoneyclusterPlan.key(tracing));
            matchers.add(new TetragonMatcher(policy, namespace, false, "inet_csk_accept", List.of(), List.of()));
            return new AnyOfMatcher(matchers);
        }
    }

    private record Parsed(String nodeId, Tripwire tripwire, TripwireParams params) {
    }
}
