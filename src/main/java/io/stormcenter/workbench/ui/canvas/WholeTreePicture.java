package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.EdgeRoute;
import io.stormcenter.workbench.layout.LayoutOptions;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.CardTexts;
import io.stormcenter.workbench.picture.PictureCard;
import io.stormcenter.workbench.picture.PictureEdge;
import io.stormcenter.workbench.picture.TreePicture;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.VLineTo;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * The whole tree's picture (every card, not only the visible ones, collapsed subtrees expanded) rendered
 * off screen with the window's theme at print resolution (300 dpi), for the PNG export.
 */
public final class WholeTreePicture implements TreePictures {

    /** 300 dpi over the screen's 96 dpi. */
    public static final double PRINT_SCALE = 300.0 / 96.0;
    /** Keeps a huge tree's image within what a PNG viewer opens (~200 megapixels). */
    private static final double MAX_PIXELS = 200e6;

    private final Supplier<AttackTree> tree;
    private final Supplier<Map<String, NodeValues>> values;
    private final Supplier<CardTexts> badges;
    private final Supplier<List<String>> stylesheets;

    public WholeTreePicture(Supplier<AttackTree> tree, Supplier<Map<String, NodeValues>> values,
                            Supplier<CardTexts> badges, Supplier<List<String>> stylesheets) {
        this.tree = tree;
        this.values = values;
        this.badges = badges;
        this.stylesheets = stylesheets;
    }

    /** Renders on the FX thread. */
    public WritableImage render() {
        AttackTree current = tree.get();
        TreeLayout layout = TreeLayout.of(current, Set.of(), LayoutOptions.DEFAULT);
        double margin = 32;
        Pane page = new Pane();
        page.getStyleClass().add(WorkbenchCss.CANVAS);
        // an exported picture shows the tree and its values, no editing signs: no overlays
        TreePicture picture = TreePicture.of(current, layout, values.get(), badges.get(), List.of());
        Map<String, List<PathElement>> byStyle = new LinkedHashMap<>();
        for (PictureEdge edge : picture.edges()) {
            EdgeRoute route = edge.route();
            List<PathElement> target = byStyle.computeIfAbsent(edge.baseStyle(), k -> new ArrayList<>());
            target.add(new MoveTo(route.startX() - layout.minX() + margin, route.startY() - layout.minY() + margin));
            target.add(new VLineTo(route.midY() - layout.minY() + margin));
            target.add(new HLineTo(route.endX() - layout.minX() + margin));
            target.add(new VLineTo(route.endY() - layout.minY() + margin));
        }
        byStyle.forEach((style, elements) -> {
            Path edges = new Path(elements);
            edges.getStyleClass().add(style);
            page.getChildren().add(edges);
        });
        for (PictureCard drawn : picture.cards()) {
            CardBox box = drawn.box();
            NodeCard card = new NodeCard();
            card.show(new NodeCard.State(drawn, false, false));
            card.resizeRelocate(box.x() - layout.minX() + margin, box.y() - layout.minY() + margin,
                    box.width(), box.height());
            page.getChildren().add(card);
        }
        double width = layout.width() + 2 * margin;
        double height = layout.height() + 2 * margin;
        page.setPrefSize(width, height);
        Scene scene = new Scene(page, width, height);
        scene.getStylesheets().setAll(stylesheets.get());
        page.applyCss();
        page.layout();
        for (Node child : page.getChildren()) {
            if (child instanceof NodeCard card) {
                card.applyCss();
                card.layout();
            }
        }
        double scale = Math.min(PRINT_SCALE, Math.sqrt(MAX_PIXELS / (width * height)));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return page.snapshot(parameters, null);
    }

    @Override
    public void writePng(java.nio.file.Path target) throws IOException {
        writePng(render(), target);
    }

    /** Writes an image as PNG atomically. */
    public static void writePng(WritableImage image, java.nio.file.Path target) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFileWrite.replaceWithoutBackup(target, png.toByteArray());
    }
}
