package io.stormcenter.workbench.report;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.model.AttackTree;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a report is made from: the window and the CLI fill the same fields.
 *
 * @param modelName      the model file's name, for the title page
 * @param budget         what the defender can spend on proposed defences, or null: then every proposal that
 *                       lowers the risk is counted in
 * @param anonymise      whether source addresses are shown only by their network (the default)
 * @param clusterContext the kubeconfig context the honeycluster runs in (its name only), or null
 * @param observed       the sessions and heat of the window, or null for a design-time assessment
 * @param windowLabel    how the window is said on the title page ("last 7 days"), or null
 * @param shared         others' sightings (STIX), counted next to one's own; empty when none
 * @param inventory      the deployed plan's trip-wires, or empty: then the model's own trip-wires are listed
 * @param secrets        values that must never be printed (honeytoken data, planted tokens, kubeconfig
 *                       credentials): the report refuses to be written if one would appear
 */
public record ReportRequest(AttackTree tree, String modelName, AttackerProfile profile, Double budget,
                            PaperSize paper, boolean anonymise, Instant generatedAt, String clusterContext,
                            ObservedHeat observed, String windowLabel, EvidenceSet shared,
                            List<TripwireEntry> inventory, Set<String> secrets) {

    public ReportRequest {
        Objects.requireNonNull(tree, "tree");
        modelName = modelName == null ? tree.id() : modelName;
        profile = profile == null ? AttackerProfile.UNLIMITED : profile;
        paper = paper == null ? PaperSize.A4 : paper;
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
        shared = shared == null ? EvidenceSet.empty() : shared;
        inventory = List.copyOf(inventory == null ? List.of() : inventory);
        secrets = Set.copyOf(secrets == null ? Set.of() : secrets);
        if (budget != null && !(budget >= 0)) {
            throw new IllegalArgumentException("a budget must be zero or more, got " + budget);
        }
    }

    /** A design-time report of a model: no observations, default everything else. */
    public static ReportRequest designTime(AttackTree tree, String modelName) {
        return new ReportRequest(tree, modelName, AttackerProfile.UNLIMITED, null, PaperSize.A4, true, null, null,
                null, null, null, List.of(), Set.of());
    }

    public boolean hasObservations() {
        return (observed != null && !observed.sessions().isEmpty()) || !shared.isEmpty();
    }
}
