package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.EdgeRoute;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The laid-out tree as a picture: every card and edge with its texts and the marks of the
 * overlays. Made in one pass over the layout; the canvas draws the part in view, the SVG export
 * and the report all of it.
 */
public record TreePicture(String title, TreeLayout layout, Map<String, PictureCard> cardsById, List<PictureEdge> edges) {

    public TreePicture {
        cardsById = Map.copyOf(cardsById);
        edges = List.copyOf(edges);
    }

    /**
     * @param overlays marks in order: a later overlay's edge marks lie above an earlier one's, and its
     *                 badge wins
     */
    public static TreePicture of(AttackTree tree, TreeLayout layout, Map<String, NodeValues> values, CardTexts texts,
                                 List<Overlay> overlays) {
        Map<String, Integer> sandOrder = new HashMap<>();
        List<PictureEdge> edges = new ArrayList<>(layout.edges().size());
        for (EdgeRoute route : layout.edges()) {
            if (route.order() > 0) {
                sandOrder.put(route.childId(), route.order());
            }
            List<EdgeMark> marks = new ArrayList<>(1);
            for (Overlay overlay : overlays) {
                overlay.edge(route.parentId(), route.childId()).ifPresent(marks::add);
            }
            edges.add(new PictureEdge(route, marks));
        }
        Map<String, PictureCard> cards = new LinkedHashMap<>();
        for (CardBox box : layout.boxes()) {
            Node node = tree.node(box.nodeId());
            Set<String> classes = new HashSet<>();
            String badge = null;
            List<String> notes = new ArrayList<>();
            for (Overlay overlay : overlays) {
                NodeMark mark = overlay.node(box.nodeId());
                classes.addAll(mark.styleClasses());
                badge = mark.badge() != null ? mark.badge() : badge;
                notes.addAll(mark.notes());
            }
            boolean refined = !tree.refinements(node.id()).isEmpty();
            cards.put(node.id(), new PictureCard(node.id(), box, node.role(), refined ? node.gate() : null,
                    node.label(), node.description(), node.techniques(),
                    refined ? null : texts.estimate(node), texts.value(values.get(node.id())),
                    sandOrder.getOrDefault(node.id(), 0), layout.hiddenBelow(node.id()), !node.children().isEmpty(),
                    classes, badge, notes));
        }
        return new TreePicture(tree.title(), layout, cards, edges);
    }

    /** The cards in the layout's order. */
    public List<PictureCard> cards() {
        return layout.boxes().stream().map(b -> cardsById.get(b.nodeId())).toList();
    }

    public PictureCard card(String nodeId) {
        return cardsById.get(nodeId);
    }
}
