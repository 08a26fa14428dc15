package io.stormcenter.workbench.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens a card's label to the lines that fit, ending in an ellipsis. JavaFX's own ellipsis for
 * wrapped labels measures "text..." on one line and misses that the ellipsis can push a word onto
 * a further line, which then runs over the badges; this measures the wrapped text as drawn.
 */
final class CardLabelFit {

    private final Text probe = new Text();
    private String lastText;
    private Font lastFont;
    private double lastWidth;
    private double lastHeight;
    private String lastResult;

    /** The text, or its longest start (cut between words) plus an ellipsis, that fits the box. */
    String fit(String text, Font font, double width, double height, double lineSpacing) {
        if (text.equals(lastText) && font.equals(lastFont) && width == lastWidth && height == lastHeight) {
            return lastResult;
        }
        probe.setFont(font);
        probe.setWrappingWidth(width);
        probe.setLineSpacing(lineSpacing);
        String result = text;
        if (!fits(text, height)) {
            // binary search over the cut: [0, lo) fits with an ellipsis, hi does not
            int lo = 0;
            int hi = text.length();
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (fits(shortened(text, mid), height)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            result = shortened(text, lo);
        }
        lastText = text;
        lastFont = font;
        lastWidth = width;
        lastHeight = height;
        lastResult = result;
        return result;
    }

    private boolean fits(String candidate, double height) {
        probe.setText(candidate);
        return probe.getLayoutBounds().getHeight() <= height + 0.5;
    }

    /** The first {@code cut} characters, trimmed back to the last word boundary when there is one, and "…". */
    private static String shortened(String text, int cut) {
        int end = cut;
        int space = text.lastIndexOf(' ', cut);
        if (space > cut / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}
