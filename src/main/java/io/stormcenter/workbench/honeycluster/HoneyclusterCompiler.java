package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
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
import java.util.Optional;
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
    private static final List<String> STREAMING = List.of("exec", "attach", "portforward");

    private final TripwireCatalogue catalogue = new TripwireCatalogue();
    private final FalcoStableRules stableFalcoRules = FalcoStableRules.load();

    /**
     * The namespace a model compiles into: the option, or the {@link Cover}'s, a team's ordinary
     * namespace chosen from model id and seed (an attacker reads the namespace's name first).
     */
    public static String namespaceFor(AttackTree tree, CompileOptions options) {
        if (options.namespace() != null) {
            return options.namespace();
        }
        return Cover.of(tree.id(), options.seed()).namespace();
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
        TellTales.in(namespace).ifPresent(word -> problems.add(Problem.warning(null, "namespace", "namespace '"
                + namespace + "' says '" + word + "': an attacker who reads it knows the trap")));
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
        Map<String, String> falcoRuleNames = new HashMap<>();
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
                VisibleNames.of(params).forEach((what, value) -> TellTales.in(value).ifPresent(word ->
                        problems.add(Problem.warning(node.id(), field + what, "trip-wire '" + tripwire.id() + "': "
                                + what + " '" + value + "' says '" + word + "', and the attacker reads it"))));
                if (params instanceof TripwireParams.Falco f) {
                    checkFalco(node.id(), tripwire.id(), f, falcoRuleNames).ifPresent(problems::add);
                }
                if (params instanceof TripwireParams.Audit a && !AuditPolicyFile.nameable(a.resource())) {
                    problems.add(Problem.warning(node.id(), field + "resource", "trip-wire '" + tripwire.id()
                            + "': '" + a.resource() + "' is not a built-in resource, so the audit policy cannot name it"
                            + " and logs it only in the honey namespace; write it with its API group as kubectl does"
                            + " (e.g. widgets.example.com)"));
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

    /**
     * A Falco trip-wire that cannot fire as written: an upstream rule a default install does not
     * load or has disabled (a warning: the operator may load it), or a generated rule whose name
     * another generated rule of the plan already has (Falco would keep only one).
     */
    private Optional<Problem> checkFalco(String nodeId, String tripwireId, TripwireParams.Falco falco,
                                                   Map<String, String> generatedNames) {
        String field = "tripwires[" + tripwireId + "].params.rule";
        if (falco.generated()) {
            String other = generatedNames.putIfAbsent(falco.rule(), tripwireId);
            return other == null ? Optional.empty() : Optional.of(Problem.error(nodeId, field,
                    "trip-wire '" + tripwireId + "': Falco rule '" + falco.rule() + "' is also generated by trip-wire '"
                            + other + "'"));
        }
        if (stableFalcoRules.loadedByDefault(falco.rule())) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(nodeId, field, "trip-wire '" + tripwireId + "': Falco rule '"
                + falco.rule() + "' is not an enabled rule of the stable ruleset, so a default install never fires it;"
                + " give a condition, output and priority to generate a rule of our own"));
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

    /**
     * A policy name that cannot collide in the cluster: the deployment's hash appended, so neither
     * another deployment's policies nor the operator's (KSC's own {@code detect-sensitive-file-access})
     * are overwritten by applying this plan, nor this plan's by theirs. Hex digits, not the deployment
     * id: that names the model, and whoever lists the policies would read it.
     */
    static String clusterUniqueName(String name, String deploymentHash) {
        String suffix = "-" + deploymentHash;
        String base = name.length() + suffix.length() > 63
                ? name.substring(0, 63 - suffix.length()).replaceAll("-+$", "") : name;
        return base + suffix;
    }

    /** One compile's state: the objects by deploy order and the index entries. */
    private final class Build {
        private final AttackTree tree;
        private final CompileOptions options;
        private final String namespace;
        private final String deploymentId;
        private final Cover cover;
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
        private final Map<String, String> mountedIn = new HashMap<>();
        private final Map<String, String> baitOfCanary = new HashMap<>();
        private final List<String> falcoTripwires = new ArrayList<>();
        private final Set<String> policyNames = new HashSet<>();
        private final List<TripwireParams.Kubescape> kubescapeRules = new ArrayList<>();

        Build(AttackTree tree, CompileOptions options) {
            this.tree = tree;
            this.options = options;
            this.namespace = namespaceFor(tree, options);
            this.deploymentId = deploymentIdFor(tree, options.seed());
            this.cover = Cover.of(tree.id(), options.seed());
            this.base = cover.labels();
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
                        baitNames.put(tripwire.id(), cover.baitName(bait.workload(), n));
                    } else if (params instanceof TripwireParams.Honeytoken h && h.mountIn() != null) {
                        mounts.computeIfAbsent(h.mountIn(), k -> new ArrayList<>()).add(new BaitObjects.Mount(
                                h.secret(), h.flavor(), h.path() != null ? h.path() : h.flavor().defaultMountPath()));
                        mountedIn.put(tripwire.id(), h.mountIn());
                    } else if (params instanceof TripwireParams.CanaryServiceAccount c && c.plantInBait() != null) {
                        baitAccounts.put(c.plantInBait(), c.name());
                        baitOfCanary.put(tripwire.id(), c.plantInBait());
                    }
                }
            }
            for (Parsed p : parsed) {
                if (p.params() instanceof TripwireParams.Tetragon t) {
                    policyNames.add(policyInCluster(p.tripwire().id(), t));
                }
            }
            for (Parsed p : parsed) {
                add(p);
            }
            Map<String, String> files = new TreeMap<>();
            files.put(OperatorFiles.AUDIT_POLICY, AuditPolicyFile.render(namespace, canaryUsers, auditRules));
            files.put(OperatorFiles.WEBHOOK_KUBECONFIG, OperatorFiles.webhookKubeconfig());
            // The Falco rules go to the sensor (Helm values), never into the honey namespace,
            // where the bait's rights would read them.
            if (!falcoTripwires.isEmpty()) {
                String rules = FalcoRulesFile.render(namespace, falcoRules, new ArrayList<>(falcoUpstream));
                files.put(FalcoRulesFile.fileName(deploymentId), rules);
                files.put(SensorSettings.FALCO_VALUES, SensorSettings.falcoValues(deploymentId,
                        FalcoRulesFile.fileName(deploymentId), rules));
            }
            if (!kubescapeRules.isEmpty()) {
                String name = kubescapeBindingName();
                HasMetadata binding = KubescapeSettings.binding(name, namespace, base, kubescapeRules);
                policies.add(binding);
                files.put(KubescapeSettings.VALUES_FILE, KubescapeSettings.helmValues(deploymentId, name));
            }
            if (policies.stream().anyMatch(p -> p.getApiVersion().startsWith("cilium.io"))) {
                files.put(SensorSettings.TETRAGON_VALUES, SensorSettings.tetragonValues(deploymentId,
                        policies.stream().anyMatch(p -> p.getKind().equals("TracingPolicy"))));
            }
            List<HasMetadata> objects = new ArrayList<>();
            objects.add(ContainmentObjects.namespace(namespace, base));
            objects.addAll(ContainmentObjects.objects(namespace, base, options.apiServerCidrs()));
            objects.addAll(accounts);
            objects.addAll(secrets);
            objects.addAll(workloads);
            objects.addAll(policies);
            return new HoneyclusterPlan(tree.id(), deploymentId, namespace, options.seed(), objects,
                    new TripwireIndex(entries), exposures, planted, exclusions.patterns(), files,
                    new ArrayList<>(falcoUpstream), cover.label(), workloadTripwires(), new PlanSource(tree, options));
        }

        /** Which trip-wires each bait's pods serve, by their {@code app.kubernetes.io/name} label. */
        private Map<String, List<String>> workloadTripwires() {
            Map<String, List<String>> byWorkload = new TreeMap<>();
            baitNames.forEach((baitId, name) -> {
                List<String> ids = new ArrayList<>();
                ids.add(baitId);
                for (TripwireEntry entry : entries) {
                    if (!entry.tripwireId().equals(baitId) && servesBait(entry.tripwireId(), baitId)) {
                        ids.add(entry.tripwireId());
                    }
                }
                byWorkload.put(BaitObjects.NAME_LABEL + "=" + name, List.copyOf(ids));
            });
            return byWorkload;
        }

        private boolean servesBait(String tripwireId, String baitId) {
            return mountedIn.getOrDefault(tripwireId, "").equals(baitId)
                    || baitId.equals(baitOfCanary.get(tripwireId));
        }

        private void add(Parsed p) {
            String id = p.tripwire().id();
            // every object carries the cover's labels only: the trip-wire behind it is the plan's secret
            Map<String, String> labels = base;
            List<String> names = new ArrayList<>();
            EventMatcher matcher = switch (p.tripwire().kind()) {
                case HONEYTOKEN -> honeytoken(id, (TripwireParams.Honeytoken) p.params(), labels, names);
                case CANARY_SERVICE_ACCOUNT -> canary(id, (TripwireParams.CanaryServiceAccount) p.params(), labels, names);
                case AUDIT -> audit((TripwireParams.Audit) p.params());
                case FALCO -> falco(p, (TripwireParams.Falco) p.params());
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

        /**
         * A trip-wire's own policy in the cluster: the name the model gives (KSC's own, say) with the
         * deployment's hash, else an ordinary platform name for the hook (see {@link Cover#sensorObjectName}).
         * Either way nothing in it names the model, the workbench or the trip-wire, and no other
         * deployment's or operator's policy has it.
         */
        private String policyInCluster(String tripwireId, TripwireParams.Tetragon tetragon) {
            // a model's own name that gives the trap away (KSC's "ksc-setns") stays on our side, as
            // the name of the policy whose events also count; the cluster gets an ordinary one
            if (tetragon.policy() != null && TellTales.clean(tetragon.policy())) {
                return clusterUniqueName(tetragon.policy(), cover.deploymentHash());
            }
            return generatedPolicy(tripwireId, tetragon.function(), "");
        }

        /** A policy the compiler adds for a trip-wire (a honeytoken's read, a bait's accept), in a {@code role}. */
        private String generatedPolicy(String tripwireId, String function, String role) {
            // "/" is in no trip-wire id, so "tw-ssh" in role "-accept" and a trip-wire "tw-ssh-accept" differ
            return cover.sensorObjectName(KprobeShape.watches(function), tripwireId + "/" + role);
        }

        /** One binding for the whole plan, cluster-wide: an ordinary name unique to the deployment. */
        private String kubescapeBindingName() {
            return cover.sensorObjectName("runtime-rules", "kubescape");
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
            auditRules.add(new AuditPolicyFile.Rule(List.of("get", "list", "watch"), "secrets", null, namespace,
                    token.secret()));
            if (token.mountIn() == null) {
                return reads;
            }
            String path = token.path() != null ? token.path() : token.flavor().defaultMountPath();
            TripwireParams.Tetragon read = new TripwireParams.Tetragon("security_file_permission", null, path, null,
                    null, null, false);
            String policy = freePolicyName(generatedPolicy(id, "security_file_permission", "-read"));
            HasMetadata tracing = TracingPolicies.policy(policy, namespace, labels, read, Map.of());
            policies.add(tracing);
            names.add(HoneyclusterPlan.key(tracing));
            return new AnyOfMatcher(List.of(reads, new TetragonMatcher(policy, List.of(), namespace, Map.of(), false,
                    "security_file_permission", List.of(), List.of(path), List.of(),
                    KprobeShape.of("security_file_permission").minimumTetragon())));
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
                // Resources without a namespace: the trip-wire defaults to cluster scope, not the honey namespace.
                scope = ApiResources.clusterScoped(audit.resource()) ? "" : namespace;
            } else {
                scope = "*".equals(audit.namespace()) ? null : audit.namespace();
            }
            List<String> verbs = StreamingVerbs.bothProtocols(audit.subresource(), audit.verbs());
            auditRules.add(new AuditPolicyFile.Rule(verbs, audit.resource(), audit.subresource(),
                    scope == null ? "*" : scope, audit.name()));
            return new AuditMatcher(verbs, ApiResources.plural(audit.resource()), audit.subresource(), scope,
                    audit.name(), audit.user(), exclusions);
        }

        private EventMatcher falco(Parsed p, TripwireParams.Falco falco) {
            falcoTripwires.add(p.tripwire().id());
            if (falco.generated()) {
                falcoRules.add(new FalcoRulesFile.GeneratedRule(p.tripwire().id(), p.nodeId(), falco));
            } else {
                falcoUpstream.add(falco.rule());
            }
            return new FalcoMatcher(falco.rule(), namespace, falco.generated());
        }

        private EventMatcher tetragon(String id, TripwireParams.Tetragon tetragon, Map<String, String> labels,
                                      List<String> names) {
            String policy = policyInCluster(id, tetragon);
            HasMetadata tracing = TracingPolicies.policy(policy, namespace, labels, tetragon, Map.of());
            policies.add(tracing);
            names.add(HoneyclusterPlan.key(tracing));
            KprobeShape shape = KprobeShape.of(tetragon.function());
            // The name the model gives is the policy whose selector this is (KSC's own, by its name).
            List<String> same = tetragon.policy() == null ? List.of() : List.of(tetragon.policy());
            return new TetragonMatcher(policy, same, namespace, Map.of(), tetragon.clusterWide(), tetragon.function(),
                    TracingPolicies.split(tetragon.binary()),
                    shape.pathArg() >= 0 ? TracingPolicies.split(tetragon.path()) : List.of(),
                    shape.sockArg() >= 0 ? TracingPolicies.split(tetragon.address()) : List.of(),
                    shape.minimumTetragon());
        }

        private EventMatcher bait(String id, TripwireParams.Bait bait, Map<String, String> labels, List<String> names) {
            String name = baitNames.get(id);
            List<HasMetadata> made = BaitObjects.objects(bait, name, namespace, labels,
                    mounts.getOrDefault(id, List.of()), baitAccounts.get(id), cover.sshLogin());
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
            List<String> binaries = bait.workload().serverBinaries();
            TripwireParams.Tetragon accept = new TripwireParams.Tetragon("inet_csk_accept", String.join(",", binaries),
                    null, null, false, null, false);
            String policy = freePolicyName(generatedPolicy(id, "inet_csk_accept", "-accept"));
            Map<String, String> baitPod = made.stream().filter(o -> o instanceof Service)
                    .map(o -> ((Service) o).getSpec().getSelector()).findFirst().orElse(Map.of());
            HasMetadata tracing = TracingPolicies.policy(policy, namespace, labels, accept, baitPod);
            policies.add(tracing);
            names.add(HoneyclusterPlan.key(tracing));
            matchers.add(new TetragonMatcher(policy, List.of(), namespace, baitPod, false, "inet_csk_accept",
                    binaries, List.of(), List.of(), KprobeShape.of("inet_csk_accept").minimumTetragon()));
            return new AnyOfMatcher(matchers);
        }
    }

    private record Parsed(String nodeId, Tripwire tripwire, TripwireParams params) {
    }
}
