package io.stormcenter.workbench.report;

import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.EdgeRoute;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.picture.DefenceStatusOverlay;
import io.stormcenter.workbench.picture.EdgeMark;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.picture.Palette;
import io.stormcenter.workbench.picture.PictureCard;
import io.stormcenter.workbench.picture.PictureEdge;
import io.stormcenter.workbench.picture.ProblemOverlay;
import io.stormcenter.workbench.picture.ScenarioOverlay;
import io.stormcenter.workbench.picture.TreePicture;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link TreePicture} (the one the canvas and the SVG export draw) on a Graphics2D: in the
 * report that Graphics2D writes PDF vector operators and real text in the embedded font, so the
 * tree stays sharp at any zoom and its labels can be searched.
 */
final class TreePainter {

    private static final int LABEL_LINES = 3;

    private final TreePicture picture;
    private final Palette palette;
    private final ReportFonts fonts;

    TreePainter(TreePicture picture, Palette palette, ReportFonts fonts) {
        this.picture = picture;
        this.palette = palette;
        this.fonts = fonts;
    }

    /** Paints the part of the picture inside {@code viewport} (layout coordinates) into a width x height area. */
    void paint(Graphics2D g, Rectangle2D viewport, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double scale = Math.min(width / viewport.getWidth(), height / viewport.getHeight());
        g.scale(scale, scale);
        g.translate(-viewport.getX(), -viewport.getY());
        g.clip(viewport);
        for (PictureEdge edge : picture.edges()) {
            if (intersects(edge.route(), viewport)) {
                line(g, edge.route(), palette.edgeStroke(edge.baseStyle()), 1.5, edge.route().counter());
            }
        }
        for (PictureEdge edge : picture.edges()) {
            if (intersects(edge.route(), viewport)) {
                for (EdgeMark mark : edge.marks()) {
                    line(g, edge.route(), palette.edgeStroke(mark.style()), 1.6 * mark.weight(), false);
                }
            }
        }
        for (PictureCard card : picture.cards()) {
            CardBox box = card.box();
            if (box.intersects(viewport.getMinX(), viewport.getMinY(), viewport.getMaxX(), viewport.getMaxY())) {
                card(g, card);
            }
        }
    }

    /** The whole picture with the parts of a split tree outlined and numbered: "part 3" is on the map where it is. */
    void paintMap(Graphics2D g, Rectangle2D whole, double width, double height, List<Rectangle2D> parts) {
        double scale = Math.min(width / whole.getWidth(), height / whole.getHeight());
        paint(g, whole, width, height);
        g.setStroke(new BasicStroke((float) (1.2 / scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {(float) (6 / scale), (float) (4 / scale)}, 0));
        Font font = fonts.bold((float) (11 / scale));
        for (int i = 0; i < parts.size(); i++) {
            Rectangle2D part = parts.get(i);
            g.setColor(Color.decode(palette.accentEmphasis()));
            g.draw(part);
            text(g, font, palette.accentEmphasis(), part.getX() + 4 / scale, part.getY() + 14 / scale,
                    "part " + (i + 1));
        }
    }

    private static boolean intersects(EdgeRoute r, Rectangle2D viewport) {
        return r.maxX() >= viewport.getMinX() && r.minX() <= viewport.getMaxX() && r.maxY() >= viewport.getMinY()
                && r.minY() <= viewport.getMaxY();
    }

    private static void line(Graphics2D g, EdgeRoute r, String colour, double width, boolean dashed) {
        Path2D path = new Path2D.Double();
        path.moveTo(r.startX(), r.startY());
        path.lineTo(r.startX(), r.midY());
        path.lineTo(r.endX(), r.midY());
        path.lineTo(r.endX(), r.endY());
        g.setColor(Color.decode(colour));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0) : new BasicStroke((float) width));
        g.draw(path);
    }

    private void card(Graphics2D g, PictureCard card) {
        CardBox box = card.box();
        boolean defence = card.role() == Role.DEFENCE;
        boolean proposed = card.has(DefenceStatusOverlay.PROPOSED);
        String fill = card.has(ScenarioOverlay.SCENARIO_LEAF) ? palette.warningSubtle()
                : defence ? palette.successSubtle() : palette.bgDefault();
        String border = card.has(ScenarioOverlay.IN_SCENARIO) ? palette.warningEmphasis()
                : card.has(HeatOverlay.REACHED) ? HeatOverlay.colour(HeatOverlay.STEPS - 1)
                : defence ? palette.successEmphasis() : palette.borderDefault();
        boolean strong = card.has(ScenarioOverlay.IN_SCENARIO) || card.has(HeatOverlay.REACHED);
        RoundRectangle2D shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 16, 16);
        g.setColor(Color.decode(fill));
        g.fill(shape);
        g.setColor(Color.decode(border));
        g.setStroke(proposed ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 3}, 0) : new BasicStroke(strong ? 2f : 1f));
        g.draw(shape);
        g.setColor(Color.decode(defence ? palette.successEmphasis() : palette.dangerEmphasis()));
        g.fill(new RoundRectangle2D.Double(box.x(), box.y() + 4, 5, box.height() - 8, 4, 4));

        String role = defence ? (proposed ? (card.has(DefenceStatusOverlay.CHOSEN) ? "DEFENCE \u00b7 CHOSEN"
                : "DEFENCE \u00b7 PROPOSED") : "DEFENCE") : "ATTACK";
        text(g, fonts.bold(9.5f), palette.fgMuted(), box.x() + 14, box.y() + 18, role);
        if (card.gateText() != null) {
            Font chip = fonts.bold(10f);
            double w = 10 + g.getFontMetrics(chip).stringWidth(card.gateText());
            g.setColor(Color.decode(palette.accentSubtle()));
            g.fill(new RoundRectangle2D.Double(box.right() - 10 - w, box.y() + 6, w, 16, 8, 8));
            text(g, chip, palette.accentFg(), box.right() - 10 - w + 5, box.y() + 18, card.gateText());
        }
        Font labelFont = fonts.regular(12f);
        double y = box.y() + 38;
        for (String line : lines(g.getFontMetrics(labelFont), card.label().isBlank() ? "(no label)" : card.label(),
                box.width() - 24)) {
            text(g, labelFont, palette.fgDefault(), box.x() + 14, y, line);
            y += 15;
        }
        Font badgeFont = fonts.regular(10.5f);
        List<String> badgeLine = lines(g.getFontMetrics(badgeFont), card.badgeLine(), box.width() - 24);
        if (!badgeLine.isEmpty()) {
            text(g, badgeFont, palette.fgMuted(), box.x() + 14, box.bottom() - 10, badgeLine.get(0));
        }
        if (card.sandOrder() > 0) {
            sign(g, box.x() + 1, box.y() + 1, palette.accentEmphasis(), Integer.toString(card.sandOrder()));
        }
        if (card.badge() != null) {
            String colour = card.has(ProblemOverlay.HAS_ERROR) ? palette.dangerEmphasis()
                    : card.has(ProblemOverlay.HAS_WARNING) ? palette.warningEmphasis()
                    : card.has(DefenceStatusOverlay.CHOSEN) ? palette.successEmphasis() : palette.accentEmphasis();
            sign(g, box.right() - 1, box.y() + 1, colour, card.badge());
        }
    }

    private void sign(Graphics2D g, double cx, double cy, String fill, String label) {
        g.setColor(Color.decode(fill));
        g.fill(new Ellipse2D.Double(cx - 10, cy - 10, 20, 20));
        Font font = fonts.bold(11f);
        int w = g.getFontMetrics(font).stringWidth(label);
        text(g, font, palette.fgEmphasis(), cx - w / 2.0, cy + 4, label);
    }

    private static void text(Graphics2D g, Font font, String colour, double x, double y, String value) {
        g.setFont(font);
        g.setColor(Color.decode(colour));
        g.drawString(value, (float) x, (float) y);
    }

    /** The text broken at spaces into lines that fit, at most three, the last cut with an ellipsis. */
    static List<String> lines(FontMetrics metrics, String text, double width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < LABEL_LINES) {
            if (metrics.stringWidth(rest) <= width) {
                lines.add(rest);
                rest = "";
                break;
            }
            int cut = fit(metrics, rest, width);
            int space = rest.lastIndexOf(' ', cut);
            int end = space > cut / 3 ? space : cut;
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        if (!rest.isEmpty()) {
            String last = lines.remove(lines.size() - 1);
            while (!last.isEmpty() && metrics.stringWidth(last + "\u2026") > width) {
                last = last.substring(0, last.length() - 1);
            }
            lines.add(last.strip() + "\u2026");
        }
        return lines;
    }

    /** How many leading characters fit in the width (at least one). */
    private static int fit(FontMetrics metrics, String text, double width) {
        int n = 1;
        while (n < text.length() && metrics.stringWidth(text.substring(0, n + 1)) <= width) {
            n++;
        }
        return n;
    }
}
