package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Model files for the command-line tests, written through the real format. */
final class CliModels {

    private CliModels() {
    }

    /** goal = OR(a, b); b = AND(b1, b2) countered by d; d countered by the attack x. Impact 1000. */
    static AttackTree defended() {
        return new AttackTree("defended", "A defended goal", "", "goal", List.of(
                Node.attack("goal", "Reach the goal").withGate(Gate.OR).withChildren(List.of("a", "b")).withImpact(1000.0),
                leaf("a", "Walk in", 0.5, 100, 2, 2),
                Node.attack("b", "Both steps").withGate(Gate.AND).withChildren(List.of("b1", "b2", "d")),
                leaf("b1", "First step", 0.8, 50, 1, 3),
                leaf("b2", "Second step", 0.5, 30, 4, 1),
                Node.defence("d", "Guard").withEstimates(new Estimates(0.4, null, null, null, null, null))
                        .withChildren(List.of("x")),
                leaf("x", "Bribe the guard", 0.25, 10, 3, 4)));
    }

    static Node leaf(String id, String label, double p, double cost, double hours, int skill) {
        return Node.attack(id, label).withEstimates(Estimates.of(p, cost, hours, skill));
    }

    static Path write(AttackTree tree, Path file) throws IOException {
        TreeFiles.write(tree, file);
        return file;
    }
}
