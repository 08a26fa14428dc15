package io.stormcenter.workbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/** Entry of the command line: runs a command and ends the process with its exit code. */
public final class Cli {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private Cli() {
    }

    /** Whether the first argument names a CLI command (anything else opens the window). */
    public static boolean handles(String firstArgument) {
        return KscCommand.SUBCOMMANDS.containsKey(firstArgument) || TOP_LEVEL_OPTIONS.contains(firstArgument);
    }

    /** The commands' names, in the order help lists them. */
    public static List<String> commandNames() {
        return List.copyOf(KscCommand.SUBCOMMANDS.keySet());
    }

    /** Ends the process with the code (the window's launcher returns one; only the CLI may end the process). */
    public static void exit(int code) {
        System.exit(code);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        exit(code);
    }

    /**
     * Runs one command line and returns its exit code: 0 done, 1 the command failed (message on
     * {@code err}), 2 bad usage. Never ends the process; tests call this.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String named = args.length == 0 ? "" : args[0];
        boolean listsAll = !KscCommand.SUBCOMMANDS.containsKey(named) || named.equals("help");
        Map<String, Object> commands = new LinkedHashMap<>();
        KscCommand.SUBCOMMANDS.forEach((name, make) -> {
            if (listsAll || name.equals(named)) {
                commands.put(name, make.apply(name.equals(named) ? args : new String[0]));
            }
        });
        // made first: a command that reads a model starts reading it before picocli's slow start
        CommandLine commandLine = new CommandLine(new KscCommand());
        commands.forEach(commandLine::addSubcommand);
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureReport());
        return commandLine.execute(args);
    }
}
