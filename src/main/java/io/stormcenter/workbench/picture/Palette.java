package io.stormcenter.workbench.picture;

/**
 * The colours of a picture drawn outside the window (SVG, report): the colour tokens of the theme the
 * window draws the canvas with (AtlantaFX Primer light and dark), read from the theme's own
 * stylesheet, each component named after its token ({@code bgDefault} is {@code -color-bg-default}),
 * so an export shows the colours of the canvas.
 */
public record Palette(String bgDefault, String bgSubtle, String fgDefault, String fgMuted, String borderDefault,
                      String accentFg, String accentEmphasis, String accentMuted, String accentSubtle,
                      String successEmphasis, String successMuted, String successSubtle,
                      String dangerEmphasis, String warningEmphasis, String warningSubtle, String fgEmphasis) {

    /** The window's light theme's stylesheet, which the theme's library (AtlantaFX) puts on the class path. */
    static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";
    /** The window's dark theme's stylesheet. */
    static final String PRIMER_DARK = "/atlantafx/base/theme/primer-dark.css";

    /** Primer light. */
    public static final Palette LIGHT = of(ThemeTokens.ofResource(PRIMER_LIGHT));

    /** Primer dark. */
    public static final Palette DARK = of(ThemeTokens.ofResource(PRIMER_DARK));

    /** The palette of a theme's tokens. */
    static Palette of(ThemeTokens theme) {
        return new Palette(theme.colour("bg-default"), theme.colour("bg-subtle"), theme.colour("fg-default"),
                theme.colour("fg-muted"), theme.colour("border-default"),
                theme.colour("accent-fg"), theme.colour("accent-emphasis"), theme.colour("accent-muted"),
                theme.colour("accent-subtle"),
                theme.colour("success-emphasis"), theme.colour("success-muted"), theme.colour("success-subtle"),
                theme.colour("danger-emphasis"), theme.colour("warning-emphasis"), theme.colour("warning-subtle"),
                theme.colour("fg-emphasis"));
    }

    /** The stroke of an edge style, as the stylesheet draws it. */
    public String edgeStroke(String style) {
        String heat = HeatOverlay.colourOf(style);
        if (heat != null) {
            return heat;
        }
        return switch (style) {
            case PictureEdge.EDGE_COUNTER -> successEmphasis;
            case SelectionPathOverlay.EDGE_PATH -> accentEmphasis;
            case ScenarioOverlay.EDGE_SCENARIO -> warningEmphasis;
            default -> borderDefault;
        };
    }
}
