package io.stormcenter.workbench;

import io.stormcenter.workbench.cli.Cli;
import io.stormcenter.workbench.ui.Launcher;

/**
 * The jar's entry point: with a CLI command, the CLI; otherwise the workbench window
 * (optionally on a model file, or {@code --snapshot FILE} to render it to a PNG and exit); a word
 * that is neither a command nor a model file is bad usage (exit 2), not a window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.handles(args[0])) {
            Cli.main(args);
        } else {
            int code = Launcher.launch(args, Cli.commandNames());
            if (code != 0) {
                Cli.exit(code);
            }
        }
    }
}
