package io.stormcenter.workbench.ui.files;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.EdgeRoute;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.ui.canvas.BadgeDomain;
import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The whole laid-out tree as a standalone SVG drawing (cards, gates, edges, badges), light colours. */
public final class SvgExport {

    private static final double MARGIN = 24;

    private SvgExport() {
    }

    public static String render(AttackTree tree, TreeLayout layout, Map<String, NodeValues> values, BadgeDomain domain) {
        double width = layout.width() + 2 * MARGIN;
        double height = layout.height() + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\""
                        + " font-family=\"DejaVu Sans, Inter, Arial, sans-serif\">%n",
                width, height, layout.minX() - MARGIN, layout.minY() - MARGIN, width, height));
        svg.append("<title>").append(escape(tree.title())).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#ffffff\"/>%n",
                layout.minX() - MARGIN, layout.minY() - MARGIN, width, height));
        for (EdgeRoute edge : layout.edges()) {
            svg.append(String.format(Locale.ROOT,
                    "<path d=\"M%.1f %.1f V%.1f H%.1f V%.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s/>%n",
                    edge.startX(), edge.startY(), edge.midY(), edge.endX(), edge.endY(),
                    edge.counter() ? "#1a7f37" : "#8c959f", edge.counter() ? " stroke-dasharray=\"6 4\"" : ""));
        }
        for (CardBox box : layout.boxes()) {
            card(svg, tree, tree.node(box.nodeId()), box, values.get(box.nodeId()), domain, layout.hiddenBelow(box.nodeId()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void card(StringBuilder svg, AttackTree tree, Node node, CardBox box, NodeValues value,
                             BadgeDomain domain, int hidden) {
        boolean defence = node.role() == Role.DEFENCE;
        String accent = defence ? "#1a7f37" : "#cf222e";
        svg.append(String.format(Locale.ROOT,
                "<g><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" fill=\"%s\" stroke=\"#d0d7de\"/>%n",
                box.x(), box.y(), box.width(), box.height(), defence ? "#f0fff4" : "#fff8f7"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"5\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>%n",
                box.x(), box.y() + 4, box.height() - 8, accent));
        String header = defence ? "DEFENCE" : "ATTACK";
        if (!tree.refinements(node.id()).isEmpty()) {
            header += "  " + node.gate().key() + (node.gate().ordered() ? " \u2192" : "");
        }
        text(svg, box.x() + 14, box.y() + 18, 10, accent, "bold", header);
        String label = node.label();
        int perLine = (int) ((box.width() - 24) / 7);
        String first = label.length() <= perLine ? label : cut(label, perLine);
        text(svg, box.x() + 14, box.y() + 38, 13, "#1f2328", "normal", first);
        if (first.length() < label.length()) {
            String rest = label.substring(first.length()).strip();
            text(svg, box.x() + 14, box.y() + 55, 13, "#1f2328", "normal",
                    rest.length() > perLine ? rest.substring(0, perLine - 1) + "\u2026" : rest);
        }
        String estimate = node.isLeaf() ? domain.estimateText(node.estimates()) : null;
        String computed = domain.valueText(value);
        StringBuilder badges = new StringBuilder();
        if (estimate != null) {
            badges.append("est ").append(estimate).append("   ");
        }
        if (computed != null) {
            badges.append("= ").append(computed);
        }
        if (hidden > 0) {
            badges.append("   +").append(hidden).append(" hidden");
        }
        text(svg, box.x() + 14, box.bottom() - 10, 11, "#57606a", "normal", badges.toString());
        svg.append("</g>\n");
    }

    private static String cut(String label, int perLine) {
        int space = label.lastIndexOf(' ', perLine);
        return space > perLine / 2 ? label.substring(0, space) : label.substring(0, perLine);
    }

    private static void text(StringBuilder svg, double x, double y, int size, String colour, String weight, String value) {
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" font-weight=\"%s\">%s</text>%n",
                x, y, size, colour, weight, escape(value)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes the drawing atomically. */
    public static void write(String svg, Path target) throws IOException {
        AtomicFileWrite.replaceWithoutBackup(target, svg.getBytes(StandardCharsets.UTF_8));
    }
}
