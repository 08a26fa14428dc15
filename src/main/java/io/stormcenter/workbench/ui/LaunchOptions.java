package io.stormcenter.workbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The window's command line: {@code [MODEL] [--snapshot FILE] [--dark] [--size WxH]}.
 *
 * @param model    a model file to open, or null for the start page
 * @param snapshot where to write a PNG of the window after the model is shown, then exit; or null
 */
public record LaunchOptions(Path model, Path snapshot, boolean dark, int width, int height) {

    public static final String USAGE = "usage: ksc [MODEL] [--snapshot FILE] [--dark] [--size WxH]";

    public static LaunchOptions parse(List<String> args) {
        Path model = null;
        Path snapshot = null;
        boolean dark = false;
        int width = 1440;
        int height = 900;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--snapshot" -> snapshot = Path.of(value(args, ++i, arg));
                case "--dark" -> dark = true;
                case "--size" -> {
                    String size = value(args, ++i, arg);
                    String[] parts = size.toLowerCase(Locale.ROOT).split("x");
                    try {
                        width = Integer.parseInt(parts[0]);
                        height = Integer.parseInt(parts[1]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--size wants WIDTHxHEIGHT, e.g. 1440x900, not '" + size + "'");
                    }
                    if (width < 640 || height < 400 || width > 10000 || height > 10000) {
                        throw new IllegalArgumentException("--size must lie between 640x400 and 10000x10000");
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + arg + "'");
                    }
                    if (model != null) {
                        throw new IllegalArgumentException("one model at a time, got '" + model + "' and '" + arg + "'");
                    }
                    model = Path.of(arg);
                }
            }
        }
        return new LaunchOptions(model, snapshot, dark, width, height);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
