package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.heat.Heat;
import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.model.AttackTree;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc heat MODEL}: how many attacker sessions reached each node and traversed each edge. */
@Command(name = "heat",
        description = "Correlates the stored observations into attacker sessions and prints, per node and per edge of "
                + "the tree, how many distinct sessions reached or traversed it. --json gives {\"window\":{\"from\","
                + "\"to\"},\"sessions\":N,\"nodes\":[{\"id\",\"sessions\"}],\"edges\":[{\"parent\",\"child\","
                + "\"sessions\"}]}. Heat counts what the sensors saw, not everything that happened.")
final class HeatCommand implements Callable<Integer> {

    private final ModelFiles models;
    private final Clock clock;

    HeatCommand(ModelFiles models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Mixin
    private HeatOptions options = new HeatOptions();

    @Option(names = "--json", description = "JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReadResult read = models.read(model);
        ObservedHeat observed = options.compute(model, read, clock, spec.commandLine());
        if (json) {
            out.println(HeatJson.pretty(HeatJson.heat(observed.heat())));
        } else {
            text(out, read.tree(), observed.heat());
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, AttackTree tree, Heat heat) {
        out.println(Figures.count(heat.sessions(), "session") + " in " + SessionsCommand.describe(heat.window())
                + (heat.suppressed() > 0 ? "; " + Figures.count(heat.suppressed(), "observation")
                + " suppressed by the baseline" : "")
                + (heat.excluded() > 0 ? "; " + Figures.count(heat.excluded(), "observation")
                + " by excluded identities" : ""));
        if (heat.nodes().isEmpty()) {
            return;
        }
        out.println("Nodes (sessions that reached them):");
        for (Map.Entry<String, Integer> node : heat.nodes().entrySet()) {
            out.println("  " + pad(node.getValue()) + node.getKey() + label(tree, node.getKey()));
        }
        out.println("Edges (sessions that traversed them, child -> parent):");
        for (HeatEdge edge : heat.edges()) {
            out.println("  " + pad(edge.sessions()) + edge.child() + " -> " + edge.parent());
        }
    }

    private static String pad(int count) {
        return String.format("%6d  ", count);
    }

    private static String label(AttackTree tree, String id) {
        return tree.find(id).map(n -> n.label().isBlank() ? "" : "  " + n.label()).orElse("");
    }
}
