package io.stormcenter.workbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ksc} command and the one list of its subcommands: a new command is one line in
 * {@link #SUBCOMMANDS}, each made from the
 * command line (commands that read a model start reading it there). Help and version options are inherited by every subcommand.
 */
@Command(name = "ksc",
        description = "KSC Workbench: attack trees to instrumented honeyclusters, for the Kubernetes Storm Center.",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class)
final class KscCommand implements Runnable {

    /**
     * Every subcommand by name, in the order help lists them. Kept as factories rather than in
     * {@code @Command(subcommands = ...)} so that a run builds the picocli model of the one command
     * it runs: reflecting over all of them costs a visible part of a second at every start.
     */
    static final Map<String, Function<String[], Object>> SUBCOMMANDS = subcommands();

    @Spec
    private CommandSpec spec;

    private static Map<String, Function<String[], Object>> subcommands() {
        Map<String, Function<String[], Object>> commands = new LinkedHashMap<>();
        commands.put("analyze", args -> new AnalyzeCommand(ModelFiles.readingAhead(args)));
        commands.put("validate", args -> new ValidateCommand(ModelFiles.readingAhead(args)));
        commands.put("convert", args -> new ConvertCommand(ModelFiles.readingAhead(args)));
        commands.put("generate", args -> new GenerateCommand(ModelFiles.readingAhead(args)));
        commands.put("deploy", args -> new DeployCommand(ModelFiles.readingAhead(args)));
        commands.put("status", args -> new StatusCommand());
        commands.put("teardown", args -> new TeardownCommand());
        commands.put("collect", args -> new CollectCommand(ModelFiles.readingAhead(args)));
        commands.put("replay", args -> new ReplayCommand(ModelFiles.readingAhead(args)));
        commands.put("observations", args -> new ObservationsCommand(java.time.Clock.systemUTC()));
        commands.put("heat", args -> new HeatCommand(ModelFiles.readingAhead(args), java.time.Clock.systemUTC()));
        commands.put("sessions", args -> new SessionsCommand(ModelFiles.readingAhead(args),
                java.time.Clock.systemUTC()));
        commands.put("defences", args -> new DefencesCommand(ModelFiles.readingAhead(args)));
        commands.put("report", args -> new ReportCommand(ModelFiles.readingAhead(args), java.time.Clock.systemUTC()));
        commands.put("share", args -> new ShareCommand(ModelFiles.readingAhead(args), java.time.Clock.systemUTC()));
        commands.put("import-sightings", args -> new ImportSightingsCommand(ModelFiles.readingAhead(args)));
        commands.put("help", args -> new HelpCommand());
        return commands;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: name one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
