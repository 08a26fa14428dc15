package io.stormcenter.workbench.cli;

import java.util.Set;

/** Entry of the command line: runs a command and ends the process with its exit code. */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("analyze", "validate", "convert", "generate", "deploy",
            "status", "teardown", "collect", "replay", "report", "help", "--help", "-h", "--version", "-V");

    private Cli() {
    }

    /** Whether the first argument names a CLI command (anything else opens the window). */
    public static boolean handles(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    public static void main(String[] args) {
        System.err.println("not yet built");
        System.exit(2);
    }
}
