package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the compiler makes of a tree: every Kubernetes object (namespace first; TracingPolicies as
 * generic resources), all labelled with the model and deployment ids; the trip-wire index that maps
 * sensor events back to trip-wires and nodes; what is exposed; and the files for the operator.
 *
 * @param deploymentId       derived from the model id and the seed, so the same input gives the same plan
 * @param exposures          what the plan makes reachable from outside; nothing else is
 * @param plantedTokens      canary tokens deploy copies into planted kubeconfigs after apply
 * @param excludedIdentities API identities never counted as attackers (globs)
 * @param files              files for the operator by name: audit policy, webhook kubeconfig, Falco rules
 * @param falcoUpstreamRules upstream Falco rule names the trip-wires rely on
 * @param label              the one label that marks every object of the deployment (looks like any application's)
 * @param workloadTripwires  for each bait's pods, by their label {@code key=value}: the trip-wires they serve (the
 *                           bait's own, honeytokens mounted in it, the canary whose token it carries); matchers
 *                           read Tetragon's {@code pod_labels} against it, since no object names its trip-wire
 * @param source             the tree and options it was compiled from; null for a plan made by hand (tests)
 */
public record HoneyclusterPlan(String modelId, String deploymentId, String namespace, long seed,
                               List<HasMetadata> objects, TripwireIndex index, List<Exposure> exposures,
                               List<PlantedToken> plantedTokens, List<String> excludedIdentities,
                               Map<String, String> files, List<String> falcoUpstreamRules, DeploymentLabel label,
                               Map<String, List<String>> workloadTripwires, PlanSource source) {

    public HoneyclusterPlan {
        objects = List.copyOf(objects);
        index = index == null ? TripwireIndex.empty() : index;
        exposures = List.copyOf(exposures == null ? List.of() : exposures);
        plantedTokens = List.copyOf(plantedTokens == null ? List.of() : plantedTokens);
        excludedIdentities = List.copyOf(excludedIdentities == null ? List.of() : excludedIdentities);
        files = Collections.unmodifiableMap(new TreeMap<>(files == null ? Map.of() : files));
        falcoUpstreamRules = List.copyOf(falcoUpstreamRules == null ? List.of() : falcoUpstreamRules);
        label = label == null ? new DeploymentLabel(Cover.INSTANCE, deploymentId) : label;
        Map<String, List<String>> workloads = new TreeMap<>();
        (workloadTripwires == null ? Map.<String, List<String>>of() : workloadTripwires)
                .forEach((k, v) -> workloads.put(k, List.copyOf(v)));
        workloadTripwires = Collections.unmodifiableMap(workloads);
    }

    /** Without a chosen label (it becomes {@code app.kubernetes.io/instance=<deploymentId>}) or workloads. */
    public HoneyclusterPlan(String modelId, String deploymentId, String namespace, long seed,
                            List<HasMetadata> objects, TripwireIndex index, List<Exposure> exposures,
                            List<PlantedToken> plantedTokens, List<String> excludedIdentities,
                            Map<String, String> files, List<String> falcoUpstreamRules) {
        this(modelId, deploymentId, namespace, seed, objects, index, exposures, plantedTokens, excludedIdentities,
                files, falcoUpstreamRules, null, null, null);
    }

    /** The scaffold's shape: objects only. */
    public HoneyclusterPlan(String modelId, String deploymentId, String namespace, long seed, List<HasMetadata> objects) {
        this(modelId, deploymentId, namespace, seed, objects, null, null, null, null, null, null, null, null, null);
    }

    /** The objects of one trip-wire's node, by {@code Kind/name}. */
    public List<HasMetadata> objectsOf(String nodeId) {
        List<String> names = index.forNode(nodeId).stream().flatMap(e -> e.objects().stream()).toList();
        return objects.stream().filter(o -> names.contains(key(o))).toList();
    }

    /** How the plan names an object: {@code Kind/name}. */
    public static String key(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }
}
