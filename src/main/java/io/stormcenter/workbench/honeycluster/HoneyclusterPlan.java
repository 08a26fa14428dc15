package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * What the compiler makes of a tree: every Kubernetes object (TracingPolicies as generic
 * resources), all labelled with the model and deployment ids. (API fixed by the scaffold; the
 * honeycluster work extends it with sensor rules, files and the trip-wire index.)
 *
 * @param deploymentId derived from the model id and the seed, so the same input gives the same plan
 */
public record HoneyclusterPlan(String modelId, String deploymentId, String namespace, long seed,
                               List<HasMetadata> objects) {

    public HoneyclusterPlan {
        objects = List.copyOf(objects);
    }
}
