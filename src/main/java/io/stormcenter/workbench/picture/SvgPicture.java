package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.layout.EdgeRoute;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.Role;
import java.util.Locale;

/**
 * A {@link TreePicture} as a standalone SVG drawing: edges with the overlays' marks over them,
 * then the cards (role stripe, role and gate, label on up to three lines, badges, SAND place,
 * corner sign), in the colours of a {@link Palette}.
 */
public final class SvgPicture {

    private static final double MARGIN = 24;
    private static final int LABEL_LINES = 3;
    /** Average width of a 12 px DejaVu Sans character, for line breaking without font metrics. */
    private static final double CHAR_WIDTH = 6.6;

    private SvgPicture() {
    }

    public static String render(TreePicture picture, Palette palette) {
        TreeLayout layout = picture.layout();
        double width = layout.width() + 2 * MARGIN;
        double height = layout.height() + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\""
                        + " font-family=\"DejaVu Sans, Inter, Arial, sans-serif\">%n",
                width, height, layout.minX() - MARGIN, layout.minY() - MARGIN, width, height));
        svg.append("<title>").append(escape(picture.title())).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                layout.minX() - MARGIN, layout.minY() - MARGIN, width, height, palette.bgSubtle()));
        for (PictureEdge edge : picture.edges()) {
            line(svg, edge.route(), palette.edgeStroke(edge.baseStyle()), 1.5, edge.route().counter(), null);
        }
        for (PictureEdge edge : picture.edges()) {
            for (EdgeMark mark : edge.marks()) {
                line(svg, edge.route(), palette.edgeStroke(mark.style()), 1.6 * mark.weight(), false, mark.tooltip());
            }
        }
        for (PictureCard card : picture.cards()) {
            card(svg, card, palette);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void line(StringBuilder svg, EdgeRoute r, String colour, double width, boolean dashed, String tip) {
        svg.append(String.format(Locale.ROOT,
                "<path d=\"M%.1f %.1f V%.1f H%.1f V%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s>",
                r.startX(), r.startY(), r.midY(), r.endX(), r.endY(), colour, width,
                dashed ? " stroke-dasharray=\"6 4\"" : ""));
        if (tip != null) {
            svg.append("<title>").append(escape(tip)).append("</title>");
        }
        svg.append("</path>\n");
    }

    private static void card(StringBuilder svg, PictureCard card, Palette p) {
        var box = card.box();
        boolean defence = card.role() == Role.DEFENCE;
        String fill = card.has(ScenarioOverlay.SCENARIO_LEAF) ? p.warningSubtle() : defence ? p.successSubtle() : p.bgDefault();
        String border = card.has(ScenarioOverlay.IN_SCENARIO) ? p.warningEmphasis()
                : card.has(SelectionPathOverlay.ON_PATH) ? p.accentMuted() : defence ? p.successMuted() : p.borderDefault();
        double borderWidth = card.has(ScenarioOverlay.IN_SCENARIO) || card.has(SelectionPathOverlay.ON_PATH) ? 2 : 1;
        String accent = defence ? p.successEmphasis() : p.dangerEmphasis();
        svg.append(String.format(Locale.ROOT, "<g id=\"card-%s\"><title>%s</title>%n", escape(card.nodeId()),
                escape(card.tooltip())));
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n",
                box.x(), box.y(), box.width(), box.height(), fill, border, borderWidth));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"5\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>%n",
                box.x(), box.y() + 4, box.height() - 8, accent));
        text(svg, box.x() + 14, box.y() + 18, 9.5, p.fgMuted(), "bold", defence ? "DEFENCE" : "ATTACK");
        if (card.gateText() != null) {
            double w = 10 + card.gateText().length() * 6.5;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" rx=\"4\" fill=\"%s\"/>%n",
                    box.right() - 10 - w, box.y() + 6, w, p.accentSubtle()));
            text(svg, box.right() - 10 - w + 5, box.y() + 18, 10, p.accentFg(), "bold", card.gateText());
        }
        double y = box.y() + 40;
        for (String line : lines(card.label().isBlank() ? "(no label)" : card.label(),
                (int) ((box.width() - 24) / CHAR_WIDTH), LABEL_LINES)) {
            text(svg, box.x() + 14, y, 12, p.fgDefault(), "normal", line);
            y += 15;
        }
        text(svg, box.x() + 14, box.bottom() - 10, 10.5, p.fgMuted(), "normal", card.badgeLine());
        if (card.sandOrder() > 0) {
            sign(svg, box.x() + 1, box.y() + 1, p.accentEmphasis(), p.fgEmphasis(), Integer.toString(card.sandOrder()));
        }
        if (card.badge() != null) {
            String colour = card.has(ProblemOverlay.HAS_ERROR) ? p.dangerEmphasis()
                    : card.has(ProblemOverlay.HAS_WARNING) ? p.warningEmphasis() : p.accentEmphasis();
            sign(svg, box.right() - 1, box.y() + 1, colour, p.fgEmphasis(), card.badge());
        }
        svg.append("</g>\n");
    }

    private static void sign(StringBuilder svg, double cx, double cy, String fill, String ink, String text) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"10\" fill=\"%s\"/>%n", cx, cy, fill));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\" font-weight=\"bold\" text-anchor=\"middle\">%s</text>%n",
                cx, cy + 4, ink, escape(text)));
    }

    /** The label broken at spaces (or slashes) into at most {@code max} lines, the last cut with an ellipsis. */
    static java.util.List<String> lines(String label, int perLine, int max) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String rest = label.strip();
        while (!rest.isEmpty() && lines.size() < max) {
            if (rest.length() <= perLine) {
                lines.add(rest);
                rest = "";
                break;
            }
            int cut = Math.max(rest.lastIndexOf(' ', perLine), rest.lastIndexOf('/', perLine - 1) + 1);
            if (cut <= perLine / 3) {
                cut = perLine;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            String last = lines.remove(lines.size() - 1);
            lines.add((last.length() >= perLine ? last.substring(0, perLine - 1) : last) + "\u2026");
        }
        return lines;
    }

    private static void text(StringBuilder svg, double x, double y, double size, String colour, String weight, String value) {
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\" font-weight=\"%s\">%s</text>%n",
                x, y, size, colour, weight, escape(value)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
