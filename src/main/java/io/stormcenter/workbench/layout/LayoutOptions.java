package io.stormcenter.workbench.layout;

/** Card size and gaps of the tidy layout, in canvas units. */
public record LayoutOptions(double cardWidth, double cardHeight, double siblingGap, double levelGap) {

    /** What the workbench canvas and the report use. */
    public static final LayoutOptions DEFAULT = new LayoutOptions(184, 104, 22, 60);

    public LayoutOptions {
        if (cardWidth <= 0 || cardHeight <= 0 || siblingGap < 0 || levelGap < 0) {
            throw new IllegalArgumentException("card sizes must be positive and gaps not negative");
        }
    }
}
