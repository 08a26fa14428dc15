package io.stormcenter.workbench.report;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.CalibratedNode;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.analysis.DefencePlan;
import io.stormcenter.workbench.analysis.DefenceSelection;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.Evidence;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.analysis.ScenarioRanker;
import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.honeycluster.SensorRecall;
import io.stormcenter.workbench.honeycluster.TripwireCatalogue;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.picture.DefenceStatusOverlay;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.picture.Overlay;
import io.stormcenter.workbench.picture.ScenarioOverlay;
import io.stormcenter.workbench.picture.TreePicture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes a report's figures from its request; everything here is the core's, nothing is drawn yet. */
public final class ReportAssembler {

    /** How many scenarios the ranked list holds. */
    static final int SCENARIOS = 10;

    private final Calibration calibration;

    public ReportAssembler(Calibration calibration) {
        this.calibration = calibration;
    }

    RiskReport assemble(ReportRequest request) {
        AttackTree tree = request.tree();
        List<InventoryRow> inventory = inventory(request);
        Map<String, Double> recall = request.inventory().isEmpty() ? SensorRecall.of(tree)
                : SensorRecall.of(request.inventory());
        EvidenceSet evidence = request.shared();
        List<Session> sessions = request.observed() == null ? List.of() : request.observed().sessions();
        if (!sessions.isEmpty()) {
            List<Set<String>> reached = sessions.stream().map(s -> s.traversal().reachedIds()).toList();
            evidence = EvidenceSet.fromSessions(tree, Evidence.OWN, reached).with(request.shared());
        }
        Evaluation evaluation = Evaluation.of(tree, request.profile());
        CalibratedTree calibrated = calibration.run(tree, request.profile(), evidence, recall);
        Map<String, Double> leafMeans = new HashMap<>();
        if (!evidence.isEmpty()) {
            for (CalibratedNode node : calibrated.nodes().values()) {
                if (node.wasObserved()) {
                    leafMeans.put(node.nodeId(), node.calibrated().value());
                }
            }
        }
        DefencePlan plan = new DefenceSelection(tree, request.profile(), leafMeans)
                .choose(request.budget() == null ? Double.POSITIVE_INFINITY : request.budget());
        List<AttackScenario> likely = ScenarioRanker.top(evaluation, Ranking.MOST_LIKELY, SCENARIOS);

        HeatOverlay heat = null;
        List<Overlay> overlays = new ArrayList<>();
        if (!likely.isEmpty()) {
            Set<String> lit = new java.util.HashSet<>();
            likely.get(0).leaves().forEach(leaf -> lit.addAll(tree.pathToRoot(leaf)));
            overlays.add(new ScenarioOverlay(lit, Set.copyOf(likely.get(0).leaves())));
        }
        if (request.observed() != null && !sessions.isEmpty()) {
            Map<String, Integer> edges = new HashMap<>();
            for (HeatEdge edge : request.observed().heat().edges()) {
                edges.put(HeatOverlay.key(edge.parent(), edge.child()), edge.sessions());
            }
            heat = new HeatOverlay(request.observed().heat().nodes(), edges);
            overlays.add(heat);
        }
        overlays.add(new DefenceStatusOverlay(tree, plan.chosen()));
        TreeLayout layout = TreeLayout.of(tree);
        Map<String, NodeValues> values = new HashMap<>();
        for (Node node : tree.nodes()) {
            NodeValues v = evaluation.of(node.id());
            if (v != null) {
                values.put(node.id(), v);
            }
        }
        TreePicture picture = TreePicture.of(tree, layout, values, BadgeDomain.PROBABILITY.cardTexts(), overlays);
        SessionSummary summary = sessions.isEmpty() ? null : SessionSummary.of(sessions, request.anonymise());
        return new RiskReport(request, evaluation, calibrated, plan, likely, picture, heat, summary, inventory);
    }

    private static List<InventoryRow> inventory(ReportRequest request) {
        AttackTree tree = request.tree();
        List<InventoryRow> rows = new ArrayList<>();
        if (!request.inventory().isEmpty()) {
            for (TripwireEntry entry : request.inventory()) {
                Node node = tree.node(entry.nodeId());
                rows.add(new InventoryRow(entry.tripwireId(), entry.nodeId(), node == null ? "" : node.label(),
                        entry.kind().key(), entry.recall(), entry.objects()));
            }
            return rows;
        }
        for (Node node : tree.nodes()) {
            for (Tripwire tripwire : node.tripwires()) {
                double recall = tripwire.kind() == null ? 1 : TripwireCatalogue.defaultRecall(tripwire.kind());
                rows.add(new InventoryRow(tripwire.id(), node.id(), node.label(),
                        tripwire.kind() == null ? "?" : tripwire.kind().key(), recall, List.of()));
            }
        }
        return rows;
    }
}
