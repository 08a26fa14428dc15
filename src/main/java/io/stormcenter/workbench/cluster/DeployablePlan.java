package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.stormcenter.workbench.deployment.ObjectRef;
import io.stormcenter.workbench.honeycluster.DeploymentLabel;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A compiled plan made ready to apply and checked for safety: every object as a generic resource
 * in apply order, in the plan's own namespace, carrying the deployment's label (pod templates
 * too, so pods can be found and counted). Anything that would leave the honey namespace, or that
 * is labelled for another deployment, is refused here, before the cluster is touched.
 */
public record DeployablePlan(HoneyclusterPlan plan, List<GenericKubernetesResource> objects) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    public DeployablePlan {
        objects = List.copyOf(objects);
    }

    /**
     * @param namespaced whether a kind is namespaced, empty when the cluster does not serve it
     *                   (such objects keep their namespace as given and are skipped at apply)
     */
    public static DeployablePlan prepare(HoneyclusterPlan plan, SafetyPolicy safety,
                                         BiFunction<String, String, Optional<Boolean>> namespaced) {
        safety.checkNamespace(plan.namespace());
        boolean createsNamespace = plan.objects().stream().anyMatch(o -> "Namespace".equals(o.getKind())
                && plan.namespace().equals(o.getMetadata().getName()));
        if (!createsNamespace) {
            throw new SafetyRefusal("the plan does not create its namespace '" + plan.namespace()
                    + "'; the workbench deploys only into a namespace it creates");
        }
        List<GenericKubernetesResource> prepared = new ArrayList<>();
        for (HasMetadata object : plan.objects()) {
            GenericKubernetesResource generic = SERIALIZATION.convertValue(object, GenericKubernetesResource.class);
            ObjectMeta metadata = generic.getMetadata();
            if (metadata == null || metadata.getName() == null || metadata.getName().isBlank()) {
                throw new SafetyRefusal("a " + generic.getKind() + " in the plan has no name");
            }
            Optional<Boolean> scoped = namespaced.apply(generic.getApiVersion(), generic.getKind());
            String namespace = metadata.getNamespace();
            if (scoped.orElse(namespace != null)) {
                if (namespace != null && !namespace.equals(plan.namespace())) {
                    throw new SafetyRefusal(generic.getKind() + " " + namespace + "/" + metadata.getName()
                            + " is outside the honey namespace '" + plan.namespace() + "'");
                }
                metadata.setNamespace(plan.namespace());
            } else {
                metadata.setNamespace(null);
            }
            metadata.setLabels(stamped(metadata.getLabels(), plan, ObjectRef.of(generic)));
            stampPodTemplate(generic, plan);
            PortProtocols.fill(generic);
            prepared.add(generic);
        }
        return new DeployablePlan(plan, ApplyOrder.sorted(prepared, GenericKubernetesResource::getKind));
    }

    private static Map<String, String> stamped(Map<String, String> labels, HoneyclusterPlan plan, ObjectRef ref) {
        Map<String, String> result = new LinkedHashMap<>(labels == null ? Map.of() : labels);
        require(result, plan.label().key(), plan.label().value(), ref);
        return result;
    }

    private static void require(Map<String, String> labels, String key, String value, ObjectRef ref) {
        String present = labels.putIfAbsent(key, value);
        if (present != null && !present.equals(value)) {
            throw new SafetyRefusal(ref + " is labelled " + key + "=" + present + ", not " + value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void stampPodTemplate(GenericKubernetesResource generic, HoneyclusterPlan plan) {
        Object spec = generic.getAdditionalProperties().get("spec");
        if (!(spec instanceof Map<?, ?> specMap) || !(specMap.get("template") instanceof Map<?, ?> template)) {
            return;
        }
        Map<String, Object> templateMap = (Map<String, Object>) template;
        Map<String, Object> metadata = (Map<String, Object>) templateMap.computeIfAbsent("metadata",
                k -> new LinkedHashMap<String, Object>());
        Map<String, Object> labels = (Map<String, Object>) metadata.computeIfAbsent("labels",
                k -> new LinkedHashMap<String, Object>());
        labels.putIfAbsent(plan.label().key(), plan.label().value());
    }

    public String deploymentId() {
        return plan.deploymentId();
    }

    /** The label every object of the deployment carries. */
    public DeploymentLabel label() {
        return plan.label();
    }

    public String namespace() {
        return plan.namespace();
    }

    public List<ObjectRef> refs() {
        return objects.stream().map(ObjectRef::of).toList();
    }
}
