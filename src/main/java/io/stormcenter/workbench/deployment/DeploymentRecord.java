package io.stormcenter.workbench.deployment;

import io.stormcenter.workbench.honeycluster.DeploymentLabel;
import java.time.Instant;
import java.util.List;

/**
 * What was deployed where, saved next to the model so status and teardown find it again. Holds
 * names and places only: never a token, a certificate or a honeytoken's data.
 *
 * @param modelHash  SHA-256 of the model file as deployed
 * @param kubeconfig the kubeconfig file chosen at deploy, null for the default (KUBECONFIG or ~/.kube/config)
 * @param objects    every object of the plan that the cluster serves, in apply order
 * @param problem    what went wrong last (failed object and reason, or what a teardown left), else null
 * @param label      the label every object of the deployment carries; status and teardown touch only what has it
 * @param plan       the plan as deployed (tree, options, plan.json), null in records of older workbenches
 */
public record DeploymentRecord(String id, String modelId, String modelHash, String context, String server,
                               String kubeconfig, String namespace, long seed, List<ObjectRef> objects,
                               Instant deployedAt, Instant updatedAt, DeploymentState state, String problem,
                               DeploymentLabel label, DeployedPlan plan) {

    public DeploymentRecord {
        objects = List.copyOf(objects);
        label = label == null ? DeploymentLabels.legacy(id) : label;
    }

    public DeploymentRecord with(DeploymentState newState, String newProblem, Instant at) {
        return new DeploymentRecord(id, modelId, modelHash, context, server, kubeconfig, namespace, seed, objects,
                deployedAt, at, newState, newProblem, label, plan);
    }

    public DeploymentRecord withObjects(List<ObjectRef> newObjects) {
        return new DeploymentRecord(id, modelId, modelHash, context, server, kubeconfig, namespace, seed, newObjects,
                deployedAt, updatedAt, state, problem, label, plan);
    }
}
