package io.stormcenter.workbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The window's command line: {@code [MODEL] [--snapshot FILE] [--dark] [--size WxH] [--tab TAB]},
 * parsed by picocli like the CLI's commands.
 *
 * @param model    a model file to open, or null for the start page
 * @param snapshot where to write a PNG of the window after the model is shown, then exit; or null
 * @param tab      the side panel to show first (so a snapshot can show any of them), or null for the default
 */
public record LaunchOptions(Path model, Path snapshot, boolean dark, int width, int height, WindowTab tab,
                            boolean replayDemo) {

    public static final String USAGE = "usage: ksc [MODEL] [--snapshot FILE] [--dark] [--size WxH]"
            + " [--tab outline|problems|node|analysis|honey|deploy|live|heat] [--replay-demo]";

    /** The defaults' tab. */
    public LaunchOptions(Path model, Path snapshot, boolean dark, int width, int height) {
        this(model, snapshot, dark, width, height, null);
    }

    /** No demo replay. */
    public LaunchOptions(Path model, Path snapshot, boolean dark, int width, int height, WindowTab tab) {
        this(model, snapshot, dark, width, height, tab, false);
    }

    /** Bad usage of the window's command line; the message says what and how. */
    public static final class UsageError extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    public static LaunchOptions parse(List<String> args) {
        return parse(args, List.of());
    }

    /**
     * @param commands the CLI's command names, to tell someone who mistyped one what there is
     */
    public static LaunchOptions parse(List<String> args, List<String> commands) {
        WindowArguments arguments = new WindowArguments();
        try {
            new CommandLine(arguments).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.UnmatchedArgumentException e) {
            throw new UsageError(unmatched(arguments, e.getUnmatched(), commands));
        } catch (CommandLine.ParameterException e) {
            throw new UsageError(e.getMessage());
        }
        if (arguments.model != null && !Files.exists(arguments.model)) {
            throw new UsageError(notAModel(arguments.model.toString(), commands));
        }
        int[] size = size(arguments.size);
        return new LaunchOptions(arguments.model, arguments.snapshot, arguments.dark, size[0], size[1],
                arguments.tab == null ? null : tab(arguments.tab), arguments.replayDemo);
    }

    private static String unmatched(WindowArguments arguments, List<String> extra, List<String> commands) {
        String first = extra.isEmpty() ? "" : extra.get(0);
        if (first.startsWith("-")) {
            return "unknown option '" + first + "'";
        }
        String message = "one model at a time, got '" + arguments.model + "' and '" + first + "'";
        if (arguments.model != null && !Files.exists(arguments.model)) {
            message += "; " + notAModel(arguments.model.toString(), commands);
        }
        return message;
    }

    private static String notAModel(String word, List<String> commands) {
        // a word without a dot or a slash was most likely meant as a command
        boolean wordLike = !word.contains(".") && !word.contains("/") && !word.contains("\\");
        if (wordLike && !commands.isEmpty()) {
            return "'" + word + "' is neither a command nor a model file; the commands are "
                    + String.join(", ", commands);
        }
        return "no model file '" + word + "'";
    }

    private static WindowTab tab(String name) {
        for (WindowTab tab : WindowTab.values()) {
            if (tab.toString().equalsIgnoreCase(name.strip())) {
                return tab;
            }
        }
        throw new UsageError("--tab wants one of " + Arrays.stream(WindowTab.values()).map(WindowTab::toString)
                .collect(Collectors.joining(", ")) + ", not '" + name + "'");
    }

    private static int[] size(String value) {
        String[] parts = value.toLowerCase(Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(parts[0].strip());
            height = Integer.parseInt(parts[1].strip());
        } catch (RuntimeException e) {
            throw new UsageError("--size wants WIDTHxHEIGHT, e.g. 1440x900, not '" + value + "'");
        }
        if (parts.length != 2 || width < 640 || height < 400 || width > 10000 || height > 10000) {
            throw new UsageError("--size must lie between 640x400 and 10000x10000, not '" + value + "'");
        }
        return new int[] {width, height};
    }

    /** What picocli fills in; the record above is what the window uses. */
    @Command(name = "ksc")
    private static final class WindowArguments {

        @Parameters(arity = "0..1", paramLabel = "MODEL", description = "a model file to open")
        Path model;

        @Option(names = "--snapshot", paramLabel = "FILE", description = "write a PNG of the window and exit")
        Path snapshot;

        @Option(names = "--replay-demo", description = "replay the demo capture and show its heat (as the start page's button)")
        boolean replayDemo;

        @Option(names = "--dark", description = "the dark theme")
        boolean dark;

        @Option(names = "--size", paramLabel = "WxH", description = "the window's size")
        String size = "1440x900";

        @Option(names = "--tab", paramLabel = "TAB", description = "the panel to show: outline, problems, node, analysis,"
                + " honey, deploy or live")
        String tab;
    }
}
