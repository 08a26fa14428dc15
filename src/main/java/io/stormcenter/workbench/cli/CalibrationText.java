package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.CalibratedNode;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Evidence;
import io.stormcenter.workbench.analysis.Interval;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.TreeMap;

/** The calibrated figures for a terminal: the root, then every observed node, estimate beside evidence. */
final class CalibrationText {

    private CalibrationText() {
    }

    static void write(AttackTree tree, CalibratedTree calibrated, PrintWriter out) {
        out.println();
        out.println(calibrated.hasObservations() ? "Calibrated by the observed sessions"
                + (calibrated.nodes().values().stream().anyMatch(n -> n.byOrigin().keySet().stream()
                        .anyMatch(o -> !Evidence.OWN.equals(o))) ? " and shared sightings, by origin" : "")
                + " (90 % intervals)"
                : "No sessions observed: the estimates with the uncertainty their confidence gives (90 % intervals)");
        out.printf(Locale.ROOT, "Probability  %s%n", interval(calibrated.rootProbability()));
        if (calibrated.risk() != null) {
            Interval risk = calibrated.risk();
            out.printf(Locale.ROOT, "Risk         %s (%s..%s)%n", Figures.money(risk.value()), Figures.money(risk.low()),
                    Figures.money(risk.high()));
        }
        boolean header = false;
        for (Node node : tree.nodes()) {
            CalibratedNode c = calibrated.node(node.id());
            if (c == null || !c.wasObserved()) {
                continue;
            }
            if (!header) {
                out.println();
                out.printf(Locale.ROOT, "  %-28s %8s %9s  %s%n", "node", "estimate", "observed", "calibrated");
                header = true;
            }
            out.printf(Locale.ROOT, "  %-28s %8s %9s  %s%s%n", node.id(), Figures.probability(c.estimate()),
                    c.observed(), interval(c.calibrated()), origins(c));
        }
    }

    /** Where the counts came from, when not all from one's own sensors: "  [own sensors 1/2, stix: Team Blue 2/3]". */
    private static String origins(CalibratedNode node) {
        if (node.byOrigin().keySet().stream().allMatch(Evidence.OWN::equals)) {
            return "";
        }
        StringJoiner parts = new StringJoiner(", ", "  [", "]");
        new TreeMap<>(node.byOrigin()).forEach((origin, count) -> parts.add(origin + " " + count));
        return parts.toString();
    }

    private static String interval(Interval interval) {
        return interval.hasBounds()
                ? String.format(Locale.ROOT, "%s (%s..%s)", Figures.probability(interval.value()),
                        Figures.probability(interval.low()), Figures.probability(interval.high()))
                : Figures.probability(interval.value());
    }
}
