package io.stormcenter.workbench.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import io.stormcenter.workbench.picture.Palette;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.w3c.dom.Element;

/** Paints the tree tile an {@code <object data-tile="i">} names, through the renderer's vector Graphics2D. */
final class TreeObjectDrawer implements FSObjectDrawer {

    private final TreePainter painter;
    private final TreeTiles tiles;

    TreeObjectDrawer(RiskReport report, TreeTiles tiles, ReportFonts fonts) {
        this.painter = new TreePainter(report.picture(), Palette.LIGHT, fonts);
        this.tiles = tiles;
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                         OutputDevice device, RenderingContext context, int dotsPerPixel) {
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        String tile = element.getAttribute("data-tile");
        if ("map".equals(tile)) {
            device.drawWithGraphics((float) x, (float) y, w, h, g -> painter.paintMap(g, tiles.whole(), w, h,
                    tiles.tiles()));
            return null;
        }
        Rectangle2D part = tiles.tiles().get(Integer.parseInt(tile));
        device.drawWithGraphics((float) x, (float) y, w, h, g -> painter.paint(g, part, w, h));
        return null;
    }
}
