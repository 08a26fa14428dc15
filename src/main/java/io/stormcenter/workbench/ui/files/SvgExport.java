package io.stormcenter.workbench.ui.files;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.Palette;
import io.stormcenter.workbench.picture.SvgPicture;
import io.stormcenter.workbench.picture.TreePicture;
import io.stormcenter.workbench.picture.CardTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The whole laid-out tree as a standalone SVG drawing, from the same picture the canvas draws, in the light theme's colours. */
public final class SvgExport {

    private SvgExport() {
    }

    /**
     * No overlays: an exported drawing shows the tree and its values, not the editing signs; the
     * badges are written as the canvas writes them (calibrated or heat figures included).
     */
    public static String render(AttackTree tree, TreeLayout layout, Map<String, NodeValues> values, CardTexts badges) {
        return SvgPicture.render(TreePicture.of(tree, layout, values, badges, List.of()), Palette.LIGHT);
    }

    /** Writes the drawing atomically. */
    public static void write(String svg, Path target) throws IOException {
        AtomicFileWrite.replaceWithoutBackup(target, svg.getBytes(StandardCharsets.UTF_8));
    }
}
