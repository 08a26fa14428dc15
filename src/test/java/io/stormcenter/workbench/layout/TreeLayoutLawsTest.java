package io.stormcenter.workbench.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.benchmark.RandomTreeGenerator;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.testing.Seeds;
import io.stormcenter.workbench.testing.TreeLaw;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;

/** What holds for every tree: random shapes, with SAND gates, defences and collapsed nodes. */
class TreeLayoutLawsTest {

    private static final LayoutOptions OPTIONS = LayoutOptions.DEFAULT;

    /** A tree of {@code minSize} to {@code maxSize} nodes; AND/OR only or with SAND and defences, unless the latter is asked for. */
    private static AttackTree randomTree(long seed, int minSize, int maxSize, boolean alwaysSandAndDefences) {
        Random random = new Random(seed);
        int size = minSize + random.nextInt(maxSize - minSize + 1);
        long shapeSeed = random.nextInt(10_001);
        boolean sandAndDefences = alwaysSandAndDefences || random.nextBoolean();
        return sandAndDefences ? RandomTreeGenerator.withSandAndDefences(shapeSeed, 0.3).generate(size)
                : RandomTreeGenerator.andOr(shapeSeed).generate(size);
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(60)
    void cards_never_overlap_and_keep_a_gap(long seed) {
        TreeLaw.holds(seed, randomTree(seed, 1, 400, false), tree -> {
            // when
            TreeLayout layout = TreeLayout.of(tree);
            // then: cards of one row, in x order, are at least a sibling gap apart
            assertThat(layout.boxes()).hasSize(tree.size());
            for (List<CardBox> row : rows(layout)) {
                for (int i = 1; i < row.size(); i++) {
                    assertThat(row.get(i).x() - row.get(i - 1).right())
                            .as("%s and %s", row.get(i - 1).nodeId(), row.get(i).nodeId())
                            .isGreaterThanOrEqualTo(OPTIONS.siblingGap() - 1e-6);
                }
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(60)
    void parents_are_centred_over_their_children_which_keep_their_order(long seed) {
        TreeLaw.holds(seed, randomTree(seed, 1, 400, false), tree -> {
            // when
            TreeLayout layout = TreeLayout.of(tree);
            // then
            for (Node node : tree.nodes()) {
                List<String> kids = node.children();
                if (kids.isEmpty()) {
                    continue;
                }
                CardBox first = layout.box(kids.get(0));
                CardBox last = layout.box(kids.get(kids.size() - 1));
                assertThat(layout.box(node.id()).centerX()).as(node.id())
                        .isCloseTo((first.centerX() + last.centerX()) / 2, within(1e-6));
                for (int i = 1; i < kids.size(); i++) {
                    assertThat(layout.box(kids.get(i)).x() - layout.box(kids.get(i - 1)).x()).as("%s after %s", kids.get(i),
                            kids.get(i - 1)).isGreaterThanOrEqualTo(OPTIONS.cardWidth() + OPTIONS.siblingGap() - 1e-6);
                    assertThat(layout.box(kids.get(i)).y()).isEqualTo(first.y());
                }
                assertThat(first.y()).isEqualTo(layout.box(node.id()).bottom() + OPTIONS.levelGap());
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(60)
    void no_edge_comes_down_under_a_leaf_it_does_not_belong_to(long seed) {
        TreeLaw.holds(seed, randomTree(seed, 1, 400, true), tree -> {
            // when
            TreeLayout layout = TreeLayout.of(tree);
            // then in the row below a leaf, every card's centre (where its edge comes down) lies a gap
            // clear of the leaf's sides
            for (Node leaf : tree.nodes()) {
                if (!leaf.isLeaf()) {
                    continue;
                }
                CardBox above = layout.box(leaf.id());
                for (CardBox below : layout.boxes()) {
                    if (below.depth() == above.depth() + 1) {
                        assertThat(Math.abs(below.centerX() - above.centerX())).as("%s under the leaf %s", below.nodeId(),
                                leaf.id()).isGreaterThanOrEqualTo(OPTIONS.cardWidth() / 2 + OPTIONS.siblingGap() - 1e-6);
                    }
                }
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(20)
    void the_layout_depends_on_the_tree_alone(long seed) {
        TreeLaw.holds(seed, () -> {
            // given the same tree made twice
            TreeLayout once = TreeLayout.of(randomTree(seed, 1, 300, true));
            TreeLayout again = TreeLayout.of(randomTree(seed, 1, 300, true));
            // then the two layouts are equal
            assertThat(again.boxes()).containsExactlyElementsOf(once.boxes());
            assertThat(again.edges()).containsExactlyElementsOf(once.edges());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(30)
    void collapsing_a_node_shows_the_rest_without_overlaps(long seed) {
        TreeLaw.holds(seed, randomTree(seed, 2, 300, true), tree -> {
            // given a tree with every third inner node collapsed
            Set<String> collapsed = new HashSet<>();
            int i = 0;
            for (Node node : tree.nodes()) {
                if (!node.isLeaf() && i++ % 3 == 1) {
                    collapsed.add(node.id());
                }
            }
            // when
            TreeLayout layout = TreeLayout.of(tree, collapsed, OPTIONS);
            // then
            for (List<CardBox> row : rows(layout)) {
                for (int k = 1; k < row.size(); k++) {
                    assertThat(row.get(k).x()).isGreaterThanOrEqualTo(row.get(k - 1).right() + OPTIONS.siblingGap() - 1e-6);
                }
            }
        });
    }

    private static List<List<CardBox>> rows(TreeLayout layout) {
        List<List<CardBox>> rows = new ArrayList<>();
        for (CardBox box : layout.boxes()) {
            while (rows.size() <= box.depth()) {
                rows.add(new ArrayList<>());
            }
            rows.get(box.depth()).add(box);
        }
        rows.forEach(row -> row.sort(Comparator.comparingDouble(CardBox::x)));
        return rows;
    }
}
