package io.stormcenter.workbench.layout;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.TreeIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tidy top-down layout of the part of a tree that is shown (collapsed subtrees hidden): the
 * Reingold–Tilford drawing as Walker and Buchheim et al. refined it ({@link TidyPlacement}).
 * Sibling subtrees are packed as close as their contours allow, a parent is centred over its
 * children, children keep their order (SAND children read left to right in time; a defence
 * stands in its attack node's row of children, where the model puts it), cards never overlap,
 * and no edge comes down right under a leaf that is not its parent ({@link ShownTree}'s slots). A node the modeller dragged keeps its {@link Node#position()} and its subtree moves
 * with it. Iterative throughout: a chain 100,000 levels deep lays out like any other tree.
 */
public final class TreeLayout {

    private final CardBox[] cards;
    private final TreeIndex index;
    /** The card of each node of {@link #index}, or -1 when it is not shown. */
    private final int[] cardOfNode;
    private final List<EdgeRoute> edges;
    private final Map<String, Integer> hiddenBelow;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private TreeLayout(CardBox[] cards, TreeIndex index, int[] cardOfNode, List<EdgeRoute> edges,
                       Map<String, Integer> hiddenBelow) {
        this.cards = cards;
        this.index = index;
        this.cardOfNode = cardOfNode;
        this.edges = Collections.unmodifiableList(edges);
        this.hiddenBelow = Collections.unmodifiableMap(hiddenBelow);
        CardBounds bounds = CardBounds.of(Arrays.asList(cards));
        this.minX = bounds.minX();
        this.minY = bounds.minY();
        this.maxX = bounds.maxX();
        this.maxY = bounds.maxY();
    }

    /** Lays out every node reachable from the root. */
    public static TreeLayout of(AttackTree tree) {
        return of(tree, Set.of(), LayoutOptions.DEFAULT);
    }

    /** Lays out the tree with the children of {@code collapsed} nodes hidden. */
    public static TreeLayout of(AttackTree tree, Set<String> collapsed, LayoutOptions options) {
        ShownTree shown = ShownTree.of(tree, collapsed);
        double w = options.cardWidth();
        double h = options.cardHeight();
        // a card of another family keeps its centre (where its edge comes in) a gap clear of a leaf's side
        double[] centre = TidyPlacement.centres(shown, w + options.siblingGap(), w + options.subtreeGap(),
                w / 2 + options.siblingGap());
        int n = shown.cardCount;
        CardBox[] placed = new CardBox[n];
        // how far a dragged ancestor moved its subtree away from the automatic place
        double[] dx = new double[n];
        double[] dy = new double[n];
        TreeIndex index = tree.index();
        int[] cardOfNode = new int[index.size()];
        Arrays.fill(cardOfNode, -1);
        for (int i = 0; i < n; i++) {
            Node node = shown.nodes[i];
            int p = shown.parent[i];
            // left edge = centre - w/2, moved right by w/2 so that the leftmost card starts at 0
            double autoX = centre[i];
            double autoY = shown.depth[i] * (h + options.levelGap());
            Position pos = node.position();
            double x = pos != null ? pos.x() : autoX + (p < 0 ? 0 : dx[p]);
            double y = pos != null ? pos.y() : autoY + (p < 0 ? 0 : dy[p]);
            dx[i] = x - autoX;
            dy[i] = y - autoY;
            placed[i] = new CardBox(node.id(), x, y, w, h, shown.depth[i]);
            cardOfNode[shown.source[i]] = i;
        }
        List<EdgeRoute> edges = new ArrayList<>(Math.max(0, n - 1));
        for (int i = 0; i < n; i++) {
            Node node = shown.nodes[i];
            CardBox from = placed[i];
            int order = 0;
            for (int k = shown.childStart[i]; k < shown.childStart[i + 1]; k++) {
                int c = shown.children[k];
                if (shown.isSlot(c)) {
                    continue;
                }
                CardBox to = placed[c];
                boolean counter = shown.nodes[c].role() != node.role();
                int place = !counter && node.gate().ordered() ? ++order : 0;
                double midY = from.bottom() + (to.y() - from.bottom()) / 2;
                edges.add(new EdgeRoute(node.id(), to.nodeId(), from.centerX(), from.bottom(), midY, to.centerX(),
                        to.y(), counter, place));
            }
        }
        return new TreeLayout(placed, index, cardOfNode, edges, shown.hiddenBelow);
    }

    /** The cards in pre-order (the root first). */
    public List<CardBox> boxes() {
        return Collections.unmodifiableList(Arrays.asList(cards));
    }

    /** The card of a shown node, or null when it is hidden or absent. */
    public CardBox box(String nodeId) {
        int node = index.indexOf(nodeId);
        int card = node < 0 ? -1 : cardOfNode[node];
        return card < 0 ? null : cards[card];
    }

    public List<EdgeRoute> edges() {
        return edges;
    }

    /** How many nodes a collapsed node hides (0 when it is not collapsed). */
    public int hiddenBelow(String nodeId) {
        return hiddenBelow.getOrDefault(nodeId, 0);
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** The shown card under a canvas point, topmost (last drawn) first, or null. */
    public CardBox cardAt(double x, double y) {
        CardBox hit = null;
        for (CardBox box : cards) {
            if (x >= box.x() && x <= box.right() && y >= box.y() && y <= box.bottom()) {
                hit = box;
            }
        }
        return hit;
    }
}
