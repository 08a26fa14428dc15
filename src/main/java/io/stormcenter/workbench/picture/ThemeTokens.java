package io.stormcenter.workbench.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colour tokens of a theme's stylesheet ({@code -color-bg-default: #ffffff;} in its
 * {@code .root} rule), the same ones the window's stylesheet draws the canvas with, as opaque
 * {@code #rrggbb} colours a picture outside the window can use (SVG, the PDF's painter). A token may
 * name another token; a translucent one ({@code rgba(...)}) is laid over the theme's subtle
 * background, the canvas's (and an exported picture's) background, which is what shows through it.
 */
final class ThemeTokens {

    private static final Pattern ROOT = Pattern.compile("(?s)^\\.root\\s*\\{(.*?)}", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)");
    private static final String BACKGROUND = "-color-bg-subtle";

    private final Map<String, String> declared;

    private ThemeTokens(Map<String, String> declared) {
        this.declared = Map.copyOf(declared);
    }

    /** The tokens of a stylesheet's first {@code .root} rule. */
    static ThemeTokens parse(String css) {
        Matcher root = ROOT.matcher(css);
        if (!root.find()) {
            throw new IllegalArgumentException("the theme's stylesheet has no .root rule with its colour tokens");
        }
        Map<String, String> declared = new HashMap<>();
        Matcher token = TOKEN.matcher(root.group(1));
        while (token.find()) {
            declared.put(token.group(1), token.group(2).strip());
        }
        return new ThemeTokens(declared);
    }

    /** The tokens of a stylesheet on the class path (the theme's library ships it). */
    static ThemeTokens ofResource(String resource) {
        try (InputStream in = ThemeTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the theme's stylesheet " + resource + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the theme's stylesheet " + resource, e);
        }
    }

    /** A token's colour as {@code #rrggbb}, e.g. {@code colour("bg-default")}. */
    String colour(String name) {
        double[] rgba = resolve("-color-" + name, 0);
        if (rgba[3] < 1) {
            double[] under = resolve(BACKGROUND, 0);
            for (int i = 0; i < 3; i++) {
                rgba[i] = rgba[3] * rgba[i] + (1 - rgba[3]) * under[i];
            }
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(rgba[0]), Math.round(rgba[1]), Math.round(rgba[2]));
    }

    /** Red, green and blue 0..255 and the opacity 0..1 of a token. */
    private double[] resolve(String token, int depth) {
        String value = declared.get(token);
        if (value == null || depth > 8) {
            throw new IllegalArgumentException("the theme defines no colour " + token);
        }
        if (value.startsWith("-color-")) {
            return resolve(value, depth + 1);
        }
        if (value.startsWith("#") && (value.length() == 7 || value.length() == 9)) {
            int rgb = Integer.parseInt(value.substring(1, 7), 16);
            double alpha = value.length() == 9 ? Integer.parseInt(value.substring(7, 9), 16) / 255.0 : 1;
            return new double[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, alpha};
        }
        if (value.startsWith("#") && value.length() == 4) {
            double[] rgba = new double[4];
            for (int i = 0; i < 3; i++) {
                rgba[i] = Integer.parseInt(value.substring(i + 1, i + 2).repeat(2), 16);
            }
            rgba[3] = 1;
            return rgba;
        }
        Matcher rgb = RGB.matcher(value.toLowerCase(Locale.ROOT));
        if (rgb.matches()) {
            return new double[] {Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)), Integer.parseInt(rgb.group(3)),
                    rgb.group(4) == null ? 1 : Double.parseDouble(rgb.group(4))};
        }
        throw new IllegalArgumentException("the theme's colour " + token + " is not a colour this reader knows: " + value);
    }
}
