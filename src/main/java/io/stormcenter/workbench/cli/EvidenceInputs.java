package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.analysis.Evidence;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.deployment.DeployedMatchers;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.TripwireCatalogue;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.stix.SharedEvidence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * What calibration reads for {@code analyze}, {@code defences} and {@code report}: the sessions' evidence
 * next to others' shared sightings kept for the same store (each under its own origin), the recall of each
 * node's sensors (from the deployed plan when there is one, else the catalogue's defaults for the model's
 * trip-wires), and the deployed plan itself.
 *
 * @param evidence one's own sessions and the shared sightings together, kept apart by origin
 * @param shared   the shared sightings alone
 */
record EvidenceInputs(EvidenceSet evidence, EvidenceSet shared, Map<String, Double> recall,
                      Optional<DeploymentRecord> record, HoneyclusterPlan plan) {

    static EvidenceInputs of(Path model, AttackTree tree, ObservedHeat observed, SharedEvidence sharedSightings) {
        Optional<DeploymentRecord> record = loadRecord(model);
        HoneyclusterPlan plan = null;
        if (record.isPresent() && record.get().plan() != null) {
            try {
                plan = DeployedMatchers.of(record.get()).plan();
            } catch (RuntimeException stale) {
                plan = null; // the model's own trip-wires and default recalls stand in for it
            }
        }
        List<Set<String>> reached = observed == null ? List.of()
                : observed.sessions().stream().map(Session::traversal).map(t -> t.reachedIds()).toList();
        EvidenceSet own = reached.isEmpty() ? EvidenceSet.empty() : EvidenceSet.fromSessions(tree, Evidence.OWN, reached);
        EvidenceSet shared = load(sharedSightings, tree);
        return new EvidenceInputs(own.with(shared), shared, recall(tree, plan), record, plan);
    }

    /** Others' sightings that import-sightings kept for the store: counted under their own origin. */
    private static EvidenceSet load(SharedEvidence sharedSightings, AttackTree tree) {
        try {
            return sharedSightings.load(tree);
        } catch (IOException damaged) {
            throw new CommandFailure("shared sightings in " + sharedSightings.folder() + " cannot be read: "
                    + damaged.getMessage());
        }
    }

    /**
     * The tree calibrated by the window's sessions and the shared sightings kept for the store, when
     * {@code --store} was given or sightings were shared into the default one; else null.
     */
    static CalibratedTree calibrate(HeatOptions observations, Path model, ReadResult read, AttackerProfile profile,
                                    CommandLine commandLine) {
        SharedEvidence shared = observations.store.sharedEvidence(model);
        if (observations.store.store == null && !shared.exists()) {
            return null;
        }
        ObservedHeat observed = observations.compute(model, read, Clock.systemUTC(), commandLine);
        EvidenceInputs inputs = of(model, read.tree(), observed, shared);
        return Calibration.withDefaults().run(read.tree(), profile, inputs.evidence(), inputs.recall());
    }

    /** 1 - prod(1 - q) over each node's trip-wires. */
    static Map<String, Double> recall(AttackTree tree, HoneyclusterPlan plan) {
        Map<String, Double> missed = new HashMap<>();
        if (plan != null) {
            for (TripwireEntry entry : plan.index().entries()) {
                missed.merge(entry.nodeId(), 1 - entry.recall(), (a, b) -> a * b);
            }
        } else {
            for (Node node : tree.nodes()) {
                for (Tripwire tripwire : node.tripwires()) {
                    if (tripwire.kind() != null) {
                        missed.merge(node.id(), 1 - TripwireCatalogue.defaultRecall(tripwire.kind()), (a, b) -> a * b);
                    }
                }
            }
        }
        Map<String, Double> recall = new HashMap<>();
        missed.forEach((node, miss) -> recall.put(node, Math.max(1e-3, 1 - miss)));
        return recall;
    }

    private static Optional<DeploymentRecord> loadRecord(Path model) {
        try {
            return DeploymentRecordFile.nextTo(model).load();
        } catch (RuntimeException damaged) {
            throw new CommandFailure(damaged.getMessage());
        }
    }
}
