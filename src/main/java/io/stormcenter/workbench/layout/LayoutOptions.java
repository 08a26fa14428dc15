package io.stormcenter.workbench.layout;

/**
 * Card size and gaps of the tidy layout, in canvas units.
 *
 * @param siblingGap space between neighbouring cards of one parent
 * @param subtreeGap space between neighbouring cards of different parents (a little more, so
 *                   each family reads as a group)
 * @param levelGap   space between one level's cards and the next
 */
public record LayoutOptions(double cardWidth, double cardHeight, double siblingGap, double subtreeGap,
                            double levelGap) {

    /** What the workbench canvas and the report use. */
    public static final LayoutOptions DEFAULT = new LayoutOptions(184, 104, 20, 36, 60);

    public LayoutOptions {
        if (cardWidth <= 0 || cardHeight <= 0 || siblingGap < 0 || subtreeGap < 0 || levelGap < 0) {
            throw new IllegalArgumentException("card sizes must be positive and gaps not negative");
        }
    }
}
