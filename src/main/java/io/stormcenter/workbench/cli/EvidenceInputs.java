package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.analysis.Evidence;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.SensorRecall;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.stix.SharedEvidence;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * What calibration reads for {@code analyze --store}, {@code defences} and {@code report}: the
 * sessions' evidence next to others' sightings shared for the same store (each under its origin), the recall of each node's sensors (from the deployed plan when there is one,
 * else the catalogue's defaults for the model's trip-wires), and the deployed plan itself.
 */
record EvidenceInputs(EvidenceSet evidence, EvidenceSet shared, Map<String, Double> recall,
                      Optional<DeploymentRecord> record, HoneyclusterPlan plan) {

    /**
     * @param store where the observations are kept: others' sightings are read from beside it, where
     *              {@code import-sightings} with the same {@code --store} put them
     */
    static EvidenceInputs of(Path model, StoreLocation store, AttackTree tree, ObservedHeat observed) {
        Optional<DeploymentRecord> record = loadRecord(model);
        HoneyclusterPlan plan = ReportDeployment.deployedPlan(record);
        List<Set<String>> reached = observed == null ? List.of()
                : observed.sessions().stream().map(Session::traversal).map(t -> t.reachedIds()).toList();
        EvidenceSet evidence = reached.isEmpty() ? EvidenceSet.empty()
                : EvidenceSet.fromSessions(tree, Evidence.OWN, reached);
        EvidenceSet shared = shared(model, store, tree);
        return new EvidenceInputs(evidence.with(shared), shared, recall(tree, plan), record, plan);
    }

    /** Others' sightings that import-sightings kept beside the store: counted under their own origin. */
    private static EvidenceSet shared(Path model, StoreLocation store, AttackTree tree) {
        SharedEvidence kept = SharedEvidence.forStore(store, model);
        try {
            return kept.load(tree);
        } catch (IOException damaged) {
            throw new CommandFailure("shared sightings in " + kept.folder() + " cannot be read: " + damaged.getMessage());
        }
    }

    /**
     * The tree calibrated by the window's sessions and the sightings shared for the store, when
     * {@code --store} was given or sightings were shared into the default one; else null.
     */
    static CalibratedTree calibrate(HeatOptions observations, Path model, ReadResult read, AttackerProfile profile,
                                    CommandLine commandLine) {
        if (observations.store.store == null && !observations.store.sharedEvidence(model).exists()) {
            return null;
        }
        ObservedHeat observed = observations.compute(model, read, Clock.systemUTC(), commandLine);
        EvidenceInputs inputs = of(model, observations.store.location(model), read.tree(), observed);
        return Calibration.withDefaults().run(read.tree(), profile, inputs.evidence(), inputs.recall());
    }

    /** 1 - prod(1 - q) over each node's trip-wires: the deployed plan's, else the model's with default recalls. */
    static Map<String, Double> recall(AttackTree tree, HoneyclusterPlan plan) {
        return plan != null ? SensorRecall.of(plan.index().entries()) : SensorRecall.of(tree);
    }

    private static Optional<DeploymentRecord> loadRecord(Path model) {
        try {
            return DeploymentRecordFile.nextTo(model).load();
        } catch (RuntimeException damaged) {
            throw new CommandFailure(damaged.getMessage());
        }
    }
}
