package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.CalibratedNode;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Interval;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.io.PrintWriter;
import java.util.Locale;

/** The calibrated figures for a terminal: the root, then every observed node, estimate beside evidence. */
final class CalibrationText {

    private CalibrationText() {
    }

    static void write(AttackTree tree, CalibratedTree calibrated, PrintWriter out) {
        out.println();
        out.println(calibrated.hasObservations() ? "Calibrated by the observed sessions (90 % intervals)"
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
            out.printf(Locale.ROOT, "  %-28s %8s %9s  %s%n", node.id(), Figures.probability(c.estimate()),
                    c.observed(), interval(c.calibrated()));
        }
    }

    private static String interval(Interval interval) {
        return interval.hasBounds()
                ? String.format(Locale.ROOT, "%s (%s..%s)", Figures.probability(interval.value()),
                        Figures.probability(interval.low()), Figures.probability(interval.high()))
                : Figures.probability(interval.value());
    }
}
