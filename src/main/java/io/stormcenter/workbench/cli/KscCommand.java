package io.stormcenter.workbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ksc} command and the one list of its subcommands: a new command is one line in
 * {@code subcommands}. Help and version options are inherited by every subcommand.
 */
@Command(name = "ksc",
        description = "KSC Workbench: attack trees to instrumented honeyclusters, for the Kubernetes Storm Center.",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        subcommands = {
            AnalyzeCommand.class,
            ValidateCommand.class,
            ConvertCommand.class,
            GenerateCommand.class,
            HelpCommand.class,
        })
final class KscCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: name one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
