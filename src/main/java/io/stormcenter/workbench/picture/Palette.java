package io.stormcenter.workbench.picture;

/**
 * The colours of a picture drawn outside the window (SVG, report), named as the theme's tokens
 * that the window's stylesheet uses (AtlantaFX Primer light and dark), so an export looks like
 * the canvas.
 */
public record Palette(String bgDefault, String bgSubtle, String fgDefault, String fgMuted, String borderDefault,
                      String accentFg, String accentEmphasis, String accentMuted, String accentSubtle,
                      String successEmphasis, String successMuted, String successSubtle,
                      String dangerEmphasis, String warningEmphasis, String warningSubtle, String fgEmphasis) {

    /** Primer light. */
    public static final Palette LIGHT = new Palette("#ffffff", "#f6f8fa", "#1f2328", "#656d76", "#d0d7de",
            "#0969da", "#0969da", "#a8d4ff", "#ddf4ff",
            "#1f883d", "#8ce7a0", "#dafbe1",
            "#cf222e", "#9a6700", "#fff8c5", "#ffffff");

    /** Primer dark. */
    public static final Palette DARK = new Palette("#0d1117", "#161b22", "#e6edf3", "#7d8590", "#30363d",
            "#2f81f7", "#1f6feb", "#1a3d6e", "#102a4a",
            "#238636", "#1d4a2a", "#12261e",
            "#da3633", "#9e6a03", "#272115", "#ffffff");

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
