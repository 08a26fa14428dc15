package io.stormcenter.workbench.layout;

import java.util.Arrays;

/**
 * Horizontal card centres of a tidy tree drawing: Walker's algorithm in the linear-time form of
 * Buchheim, Jünger and Leipert ("Improving Walker's Algorithm to Run in Linear Time", 2002).
 * Subtrees are packed as close as their contours allow (contours followed through threads),
 * a parent is centred over its first and last child, children keep their order, and the room a
 * packed subtree leaves is spread evenly over the smaller subtrees between (no left-heavy
 * drawings). Both walks go over arrays in post-order and pre-order: no recursion over depth.
 */
final class TidyPlacement {

    private final ShownTree tree;
    private final double siblingDistance;
    private final double cousinDistance;
    private final double slotDistance;
    private final double[] prelim;
    private final double[] mod;
    private final double[] shift;
    private final double[] change;
    private final int[] thread;
    private final int[] ancestor;
    /** Per parent: the greatest uncompleted left subtree so far (Buchheim's "default ancestor"). */
    private final int[] defaultAncestor;

    private TidyPlacement(ShownTree tree, double siblingDistance, double cousinDistance, double slotDistance) {
        int n = tree.size();
        this.tree = tree;
        this.siblingDistance = siblingDistance;
        this.cousinDistance = cousinDistance;
        this.slotDistance = slotDistance;
        prelim = new double[n];
        mod = new double[n];
        shift = new double[n];
        change = new double[n];
        thread = new int[n];
        ancestor = new int[n];
        defaultAncestor = new int[n];
        Arrays.fill(thread, -1);
        for (int i = 0; i < n; i++) {
            ancestor[i] = i;
            defaultAncestor[i] = tree.firstChild(i);
        }
    }

    /**
     * Centre x of every node, the leftmost card's centre at 0.
     *
     * @param siblingDistance centre-to-centre distance of neighbouring siblings
     * @param cousinDistance  centre-to-centre distance of neighbouring cards with different parents
     * @param slotDistance    centre-to-centre distance of a card from the free slot under a leaf
     */
    static double[] centres(ShownTree tree, double siblingDistance, double cousinDistance, double slotDistance) {
        TidyPlacement placement = new TidyPlacement(tree, siblingDistance, cousinDistance, slotDistance);
        for (int v : tree.postOrder()) {
            placement.firstWalk(v);
        }
        return placement.secondWalk();
    }

    /** Slots under two leaves stand as close as the leaves do; a card keeps the slot distance from a slot. */
    private double distance(int left, int right) {
        if (tree.isSlot(left) && tree.isSlot(right)) {
            return distance(tree.parent[left], tree.parent[right]);
        }
        if (tree.isSlot(left) || tree.isSlot(right)) {
            return slotDistance;
        }
        return tree.parent[left] == tree.parent[right] ? siblingDistance : cousinDistance;
    }

    private void firstWalk(int v) {
        int left = tree.leftSibling(v);
        if (tree.childCount(v) > 0) {
            executeShifts(v);
            double midpoint = (prelim[tree.firstChild(v)] + prelim[tree.lastChild(v)]) / 2;
            if (left >= 0) {
                prelim[v] = prelim[left] + distance(left, v);
                mod[v] = prelim[v] - midpoint;
            } else {
                prelim[v] = midpoint;
            }
        } else if (left >= 0) {
            prelim[v] = prelim[left] + distance(left, v);
        }
        int p = tree.parent[v];
        if (p >= 0 && left >= 0) {
            defaultAncestor[p] = apportion(v, left, defaultAncestor[p]);
        }
    }

    /** Pushes v's subtree right until it clears the subtrees of its left siblings at every depth. */
    private int apportion(int v, int left, int fallback) {
        int insideRight = v;
        int outsideRight = v;
        int insideLeft = left;
        int outsideLeft = tree.firstChild(tree.parent[v]);
        double sumInsideRight = mod[insideRight];
        double sumOutsideRight = mod[outsideRight];
        double sumInsideLeft = mod[insideLeft];
        double sumOutsideLeft = mod[outsideLeft];
        insideLeft = nextRight(insideLeft);
        insideRight = nextLeft(insideRight);
        while (insideLeft >= 0 && insideRight >= 0) {
            outsideLeft = nextLeft(outsideLeft);
            outsideRight = nextRight(outsideRight);
            ancestor[outsideRight] = v;
            double gap = prelim[insideLeft] + sumInsideLeft - prelim[insideRight] - sumInsideRight
                    + distance(insideLeft, insideRight);
            if (gap > 0) {
                moveSubtree(greatestDistinctAncestor(insideLeft, v, fallback), v, gap);
                sumInsideRight += gap;
                sumOutsideRight += gap;
            }
            sumInsideLeft += mod[insideLeft];
            sumInsideRight += mod[insideRight];
            sumOutsideLeft += mod[outsideLeft];
            sumOutsideRight += mod[outsideRight];
            insideLeft = nextRight(insideLeft);
            insideRight = nextLeft(insideRight);
        }
        if (insideLeft >= 0 && nextRight(outsideRight) < 0) {
            thread[outsideRight] = insideLeft;
            mod[outsideRight] += sumInsideLeft - sumOutsideRight;
        }
        if (insideRight >= 0 && nextLeft(outsideLeft) < 0) {
            thread[outsideLeft] = insideRight;
            mod[outsideLeft] += sumInsideRight - sumOutsideLeft;
            return v;
        }
        return fallback;
    }

    private int nextLeft(int v) {
        return tree.childCount(v) > 0 ? tree.firstChild(v) : thread[v];
    }

    private int nextRight(int v) {
        return tree.childCount(v) > 0 ? tree.lastChild(v) : thread[v];
    }

    private int greatestDistinctAncestor(int insideLeft, int v, int fallback) {
        int candidate = ancestor[insideLeft];
        return tree.parent[candidate] == tree.parent[v] ? candidate : fallback;
    }

    /** Moves the subtree of {@code right} and records the shift to spread over the siblings between. */
    private void moveSubtree(int leftSubtree, int right, double amount) {
        double perSubtree = amount / (tree.number[right] - tree.number[leftSubtree]);
        change[right] -= perSubtree;
        shift[right] += amount;
        change[leftSubtree] += perSubtree;
        prelim[right] += amount;
        mod[right] += amount;
    }

    private void executeShifts(int v) {
        double total = 0;
        double rate = 0;
        for (int k = tree.childStart[v + 1] - 1; k >= tree.childStart[v]; k--) {
            int w = tree.children[k];
            prelim[w] += total;
            mod[w] += total;
            rate += change[w];
            total += shift[w] + rate;
        }
    }

    /** Pre-order (the array order): a node's x is its prelim plus the modifiers of its ancestors. */
    private double[] secondWalk() {
        int n = tree.size();
        double[] x = new double[n];
        double[] sumAbove = new double[n];
        double min = Double.POSITIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            int p = tree.parent[v];
            double above = p < 0 ? 0 : sumAbove[p];
            x[v] = prelim[v] + above;
            sumAbove[v] = above + mod[v];
            min = Math.min(min, x[v]);
        }
        for (int v = 0; v < n; v++) {
            x[v] -= min;
        }
        return x;
    }
}
