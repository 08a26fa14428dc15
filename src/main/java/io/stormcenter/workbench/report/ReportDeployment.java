package io.stormcenter.workbench.report;

import io.stormcenter.workbench.deployment.DeployedMatchers;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a report takes from the honeycluster deployed for the model: the kubeconfig context's name, the
 * deployed trip-wires (with their sensors' recall) and every value it must never print. The window's
 * Export Report and the CLI's {@code report} read it alike.
 *
 * @param context   the kubeconfig context the honeycluster runs in (its name only), or null
 * @param inventory the deployed plan's trip-wires, or empty when nothing was deployed
 * @param secrets   the plan's secret values (honeytoken data, planted tokens)
 */
public record ReportDeployment(String context, List<TripwireEntry> inventory, Set<String> secrets) {

    public static final ReportDeployment NONE = new ReportDeployment(null, List.of(), Set.of());

    public ReportDeployment {
        inventory = List.copyOf(inventory);
        secrets = Set.copyOf(secrets);
    }

    /** From a deployment record and the plan it deployed (null when the record is stale or has none). */
    public static ReportDeployment of(Optional<DeploymentRecord> record, HoneyclusterPlan plan) {
        String context = record.map(DeploymentRecord::context).orElse(null);
        return plan == null ? new ReportDeployment(context, List.of(), Set.of())
                : new ReportDeployment(context, plan.index().entries(), PlanSecrets.of(plan));
    }

    /** The deployment recorded beside the model file, or {@link #NONE}. */
    public static ReportDeployment nextTo(Path model) {
        if (model == null) {
            return NONE;
        }
        Optional<DeploymentRecord> record = DeploymentRecordFile.nextTo(model).load();
        return of(record, deployedPlan(record));
    }

    /** The plan the record deployed, or null when there is none or it no longer fits the model. */
    public static HoneyclusterPlan deployedPlan(Optional<DeploymentRecord> record) {
        if (record.isEmpty() || record.get().plan() == null) {
            return null;
        }
        try {
            return DeployedMatchers.of(record.get()).plan();
        } catch (RuntimeException stale) {
            return null; // the model's own trip-wires and default recalls stand in for it
        }
    }
}
