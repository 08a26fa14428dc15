package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.ReachedNode;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionLink;
import io.stormcenter.workbench.heat.TimeWindow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc sessions MODEL}: the attacker sessions, how they were joined and what they reached. */
@Command(name = "sessions",
        description = "Lists the attacker sessions of the stored observations: first and last seen, the nodes reached "
                + "in order, and how the observations were joined (identity, token, process lineage, container, pod, "
                + "source IP). --json gives {\"window\":{...},\"sessions\":[{\"id\",\"firstSeen\",\"lastSeen\","
                + "\"reached\",\"links\",\"observations\"}]}.")
final class SessionsCommand implements Callable<Integer> {

    private final ModelFiles models;
    private final Clock clock;

    SessionsCommand(ModelFiles models, Clock clock) {
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
            out.println(HeatJson.pretty(HeatJson.sessions(observed.heat().window(), observed.sessions())));
        } else {
            out.println(Figures.count(observed.sessions().size(), "session") + " in "
                    + describe(observed.heat().window()));
            for (Session session : observed.sessions()) {
                out.println(session.id() + "  " + session.firstSeen() + " .. " + session.lastSeen() + "  "
                        + Figures.count(session.observations().size(), "observation"));
                out.println("    reached: " + session.reached().stream().map(SessionsCommand::reached)
                        .collect(Collectors.joining(" > ")));
                for (SessionLink link : session.links()) {
                    out.println("    " + link.explanation() + " at " + link.at());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String reached(ReachedNode node) {
        return node.nodeId() + (node.denied() ? " (denied)" : "");
    }

    static String describe(TimeWindow window) {
        if (window.from() == null && window.to() == null) {
            return "all time";
        }
        return (window.from() == null ? "the beginning" : window.from().toString()) + " .. "
                + (window.to() == null ? "now" : window.to().toString());
    }
}
