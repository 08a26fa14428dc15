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
            cards.put(box.nodeId(), card(tree, layout, box, sandOrder.getOrDefault(box.nodeId(), 0), values, texts, overlays));
        }
        return new TreePicture(tree.title(), layout, cards, edges);
    }

    /**
     * This picture with the cards of {@code changed} made again from {@code tree}, for an edit that
     * kept the layout (see {@link io.stormcenter.workbench.layout.CardChanges}): the other cards,
     * the edges and their marks stay as they are, so the overlays and values must be the ones this
     * picture was made with.
     */
    public TreePicture withCards(AttackTree tree, Set<String> changed, Map<String, NodeValues> values, CardTexts texts,
                                 List<Overlay> overlays) {
        if (changed.isEmpty() && tree.title().equals(title)) {
            return this;
        }
        Map<String, PictureCard> cards = new LinkedHashMap<>(cardsById);
        for (String id : changed) {
            PictureCard old = cardsById.get(id);
            if (old != null) { // a collapsed node has no card
                cards.put(id, card(tree, layout, old.box(), old.sandOrder(), values, texts, overlays));
            }
        }
        return new TreePicture(tree.title(), layout, cards, edges);
    }

    private static PictureCard card(AttackTree tree, TreeLayout layout, CardBox box, int sandOrder,
                                    Map<String, NodeValues> values, CardTexts texts, List<Overlay> overlays) {
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
        return new PictureCard(node.id(), box, node.role(), refined ? node.gate() : null,
                node.label(), node.description(), node.techniques(),
                refined ? null : texts.estimate(node), texts.value(node, values.get(node.id())),
                sandOrder, layout.hiddenBelow(node.id()), !node.children().isEmpty(),
                classes, badge, notes);
    }

    /** The cards in the layout's order. */
    public List<PictureCard> cards() {
        return layout.boxes().stream().map(b -> cardsById.get(b.nodeId())).toList();
    }

    public PictureCard card(String nodeId) {
        return cardsById.get(nodeId);
    }
}
