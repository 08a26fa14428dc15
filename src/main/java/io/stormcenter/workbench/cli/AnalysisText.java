package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The analysis as an aligned report for a terminal. */
final class AnalysisText {

    private AnalysisText() {
    }

    static void write(Evaluation evaluation, List<AttackScenario> scenarios, Ranking ranking, PrintWriter out) {
        AttackTree tree = evaluation.tree();
        AttackerProfile profile = evaluation.profile();
        NodeValues root = evaluation.root();
        Node rootNode = tree.root();
        out.printf(Locale.ROOT, "Model        %s (%s)%n", tree.title().isBlank() ? tree.id() : tree.title(), tree.id());
        out.printf(Locale.ROOT, "Goal         %s%n", rootNode == null ? tree.rootId() : rootNode.label());
        out.printf(Locale.ROOT, "Attacker     %s%s%n", profile.name(), limits(profile));
        out.println();
        out.printf(Locale.ROOT, "Probability  %s%n", Figures.probability(root.probability()));
        out.printf(Locale.ROOT, "Cost         %s%n", Figures.money(root.cost())
                + (Double.isInfinite(root.cost()) ? "" : " (currency units, cheapest attack)"));
        out.printf(Locale.ROOT, "Time         %s%n", Figures.hours(root.timeHours())
                + (Double.isInfinite(root.timeHours()) ? "" : " (fastest attack)"));
        out.printf(Locale.ROOT, "Skill        %s%n", Figures.skill(root.skill()));
        Double impact = rootNode == null ? null : rootNode.impact();
        out.printf(Locale.ROOT, "Risk         %s%n", impact == null
                ? "unknown (the goal has no impact)"
                : Figures.money(evaluation.risk()) + " (probability x impact " + Figures.money(impact) + ")");
        out.println();
        if (scenarios.isEmpty()) {
            out.println("No attack scenario reaches the goal" + (profile.equals(AttackerProfile.UNLIMITED)
                    ? "." : " for this attacker."));
            return;
        }
        out.printf(Locale.ROOT, "Top %d attack scenario%s, %s%n", scenarios.size(), scenarios.size() == 1 ? "" : "s",
                switch (ranking) {
                    case MOST_LIKELY -> "most likely first";
                    case CHEAPEST -> "cheapest first";
                    case FASTEST -> "fastest first";
                });
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "probability", "cost", "time", "steps"});
        int rank = 1;
        for (AttackScenario scenario : scenarios) {
            rows.add(new String[] {String.valueOf(rank++), Figures.probability(scenario.probability()),
                Figures.money(scenario.cost()), Figures.hours(scenario.timeHours()), steps(tree, scenario)});
        }
        printTable(rows, out);
        if (rows.stream().anyMatch(row -> row[2].equals(Figures.UNREACHABLE) || row[3].equals(Figures.UNREACHABLE))
                || Double.isInfinite(root.cost()) || Double.isInfinite(root.timeHours())) {
            out.println();
            out.println(Figures.BLOCKED_NOTE);
        }
    }

    private static String limits(AttackerProfile profile) {
        if (profile.equals(AttackerProfile.UNLIMITED)) {
            return " (no limits)";
        }
        return " (per step at most " + Figures.money(profile.budget()) + " currency units, skill "
                + profile.skill() + ", " + Figures.hours(profile.timeHours()) + ")";
    }

    private static String steps(AttackTree tree, AttackScenario scenario) {
        List<String> labels = new ArrayList<>();
        for (String id : scenario.leaves()) {
            Node node = tree.node(id);
            labels.add(node == null || node.label().isBlank() || node.label().equals(id) ? id
                    : node.label() + " [" + id + "]");
        }
        return String.join("; ", labels);
    }

    /** Numbers right-aligned, the last column (text) left-aligned. */
    private static void printTable(List<String[]> rows, PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns - 1; c++) {
                line.append(" ".repeat(widths[c] - row[c].length())).append(row[c]).append("  ");
            }
            out.println(line.append(row[columns - 1]).toString().stripTrailing());
        }
    }
}
