package io.stormcenter.workbench.layout;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tidy top-down layout of the part of a tree that is shown (collapsed subtrees hidden).
 * Each subtree gets a band as wide as its children's bands side by side (or one card), a
 * parent is centred over its children, and children keep their order, so cards never overlap
 * and SAND children read left to right in time. A node the modeller dragged keeps its
 * {@link Node#position()} and its subtree moves with it. Iterative: no recursion over depth.
 */
public final class TreeLayout {

    private final Map<String, CardBox> boxes;
    private final List<EdgeRoute> edges;
    private final Map<String, Integer> hiddenBelow;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private TreeLayout(Map<String, CardBox> boxes, List<EdgeRoute> edges, Map<String, Integer> hiddenBelow) {
        this.boxes = Collections.unmodifiableMap(boxes);
        this.edges = List.copyOf(edges);
        this.hiddenBelow = Collections.unmodifiableMap(hiddenBelow);
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (CardBox box : boxes.values()) {
            x0 = Math.min(x0, box.x());
            y0 = Math.min(y0, box.y());
            x1 = Math.max(x1, box.right());
            y1 = Math.max(y1, box.bottom());
        }
        boolean empty = boxes.isEmpty();
        this.minX = empty ? 0 : x0;
        this.minY = empty ? 0 : y0;
        this.maxX = empty ? 0 : x1;
        this.maxY = empty ? 0 : y1;
    }

    /** Lays out every node reachable from the root. */
    public static TreeLayout of(AttackTree tree) {
        return of(tree, Set.of(), LayoutOptions.DEFAULT);
    }

    /** Lays out the tree with the children of {@code collapsed} nodes hidden. */
    public static TreeLayout of(AttackTree tree, Set<String> collapsed, LayoutOptions options) {
        List<Node> preorder = new ArrayList<>();
        Map<String, Integer> depth = new HashMap<>();
        Map<String, List<String>> shownChildren = new HashMap<>();
        Map<String, Integer> hidden = new HashMap<>();
        Set<String> seen = new HashSet<>();
        walkShown(tree, collapsed, preorder, depth, shownChildren, hidden, seen);

        double w = options.cardWidth();
        double gap = options.siblingGap();
        Map<String, Double> band = new HashMap<>(preorder.size() * 2);
        for (int i = preorder.size() - 1; i >= 0; i--) {
            String id = preorder.get(i).id();
            List<String> kids = shownChildren.getOrDefault(id, List.of());
            double sum = 0;
            for (String kid : kids) {
                sum += band.get(kid);
            }
            sum += gap * Math.max(0, kids.size() - 1);
            band.put(id, Math.max(w, sum));
        }

        Map<String, Double> left = new HashMap<>(preorder.size() * 2);
        Map<String, double[]> shift = new HashMap<>(preorder.size() * 2);
        Map<String, CardBox> boxes = new LinkedHashMap<>(preorder.size() * 2);
        if (!preorder.isEmpty()) {
            left.put(preorder.get(0).id(), 0.0);
        }
        for (Node node : preorder) {
            String id = node.id();
            double bandLeft = left.get(id);
            int d = depth.get(id);
            double autoX = bandLeft + (band.get(id) - w) / 2;
            double autoY = d * (options.cardHeight() + options.levelGap());
            double[] inherited = tree.parent(id).map(p -> shift.get(p.id())).orElse(null);
            double dx = inherited == null ? 0 : inherited[0];
            double dy = inherited == null ? 0 : inherited[1];
            Position pos = node.position();
            double x = pos != null ? pos.x() : autoX + dx;
            double y = pos != null ? pos.y() : autoY + dy;
            shift.put(id, new double[] {x - autoX, y - autoY});
            boxes.put(id, new CardBox(id, x, y, w, options.cardHeight(), d));

            List<String> kids = shownChildren.getOrDefault(id, List.of());
            double kidsWidth = gap * Math.max(0, kids.size() - 1);
            for (String kid : kids) {
                kidsWidth += band.get(kid);
            }
            double cursor = bandLeft + (band.get(id) - kidsWidth) / 2;
            for (String kid : kids) {
                left.put(kid, cursor);
                cursor += band.get(kid) + gap;
            }
        }

        List<EdgeRoute> edges = new ArrayList<>(boxes.size());
        for (Node node : preorder) {
            CardBox from = boxes.get(node.id());
            int order = 0;
            for (String kid : shownChildren.getOrDefault(node.id(), List.of())) {
                CardBox to = boxes.get(kid);
                Node child = tree.node(kid);
                boolean counter = child.role() != node.role();
                int place = !counter && node.gate().ordered() ? ++order : 0;
                double midY = from.bottom() + (to.y() - from.bottom()) / 2;
                edges.add(new EdgeRoute(node.id(), kid, from.centerX(), from.bottom(), midY, to.centerX(), to.y(),
                        counter, place));
            }
        }
        return new TreeLayout(boxes, edges, hidden);
    }

    /** Pre-order walk with an explicit stack; a node seen twice (a broken file's cycle) is shown once. */
    private static void walkShown(AttackTree tree, Set<String> collapsed, List<Node> preorder,
                                  Map<String, Integer> depth, Map<String, List<String>> shownChildren,
                                  Map<String, Integer> hidden, Set<String> seen) {
        if (!tree.contains(tree.rootId())) {
            return;
        }
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        stack.push(tree.rootId());
        depth.put(tree.rootId(), 0);
        seen.add(tree.rootId());
        while (!stack.isEmpty()) {
            String id = stack.pop();
            Node node = tree.node(id);
            preorder.add(node);
            if (collapsed.contains(id) && !node.isLeaf()) {
                hidden.put(id, tree.subtree(id).size() - 1);
                continue;
            }
            List<String> kids = new ArrayList<>();
            for (Node child : tree.children(id)) {
                if (seen.add(child.id())) {
                    kids.add(child.id());
                    depth.put(child.id(), depth.get(id) + 1);
                }
            }
            shownChildren.put(id, kids);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
    }

    /** The cards in pre-order (the root first). */
    public Collection<CardBox> boxes() {
        return boxes.values();
    }

    /** The card of a shown node, or null when it is hidden or absent. */
    public CardBox box(String nodeId) {
        return boxes.get(nodeId);
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
        for (CardBox box : boxes.values()) {
            if (x >= box.x() && x <= box.right() && y >= box.y() && y <= box.bottom()) {
                hit = box;
            }
        }
        return hit;
    }
}
