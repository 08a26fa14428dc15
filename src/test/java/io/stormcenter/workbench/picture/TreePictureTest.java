package io.stormcenter.workbench.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.layout.LayoutOptions;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.TreeValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TreePictureTest {

    private static final CardTexts TEXTS = new CardTexts() {
        @Override
        public String estimate(Node leaf) {
            return leaf.estimates().probability() == null ? null : "p " + leaf.estimates().probability();
        }

        @Override
        public String value(NodeValues values) {
            return values == null ? null : "v";
        }
    };

    private static AttackTree kubecon() throws Exception {
        return TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
    }

    private static TreePicture picture(AttackTree tree, List<Overlay> overlays) {
        return TreePicture.of(tree, TreeLayout.of(tree, Set.of(), LayoutOptions.DEFAULT), Map.of(), TEXTS, overlays);
    }

    @Test
    void a_lit_scenario_marks_its_cards_and_the_edges_among_them_and_nothing_else() throws Exception {
        // given the KubeCon tree with its SSH step and the goal lit
        AttackTree tree = kubecon();
        Set<String> nodes = Set.copyOf(tree.pathToRoot("ssh-bait"));
        TreePicture picture = picture(tree, List.of(new ScenarioOverlay(nodes, Set.of("ssh-bait"))));
        // then exactly those cards carry the classes, the leaf its own
        assertThat(picture.cards()).filteredOn(c -> c.has(ScenarioOverlay.IN_SCENARIO))
                .extracting(PictureCard::nodeId).containsExactlyInAnyOrderElementsOf(nodes);
        assertThat(picture.card("ssh-bait").styleClasses())
                .containsExactlyInAnyOrder(ScenarioOverlay.IN_SCENARIO, ScenarioOverlay.SCENARIO_LEAF);
        // and the marked edges are the path's, with the scenario's weight
        assertThat(picture.edges()).filteredOn(e -> !e.marks().isEmpty()).hasSize(nodes.size() - 1)
                .allSatisfy(e -> {
                    assertThat(nodes).contains(e.route().parentId(), e.route().childId());
                    assertThat(e.marks()).singleElement().extracting(EdgeMark::style).isEqualTo(ScenarioOverlay.EDGE_SCENARIO);
                });
    }

    @Test
    void overlays_add_up_on_a_card_and_the_last_badge_wins() throws Exception {
        // given a tree whose leaf has a problem, lit and with a heat-like overlay that counts
        AttackTree tree = kubecon();
        Map<String, List<Problem>> problems = Map.of("ssh-bait",
                List.of(Problem.error("ssh-bait", "estimates", "probability above 1")));
        Overlay counter = new Overlay() {
            @Override
            public NodeMark node(String nodeId) {
                return "ssh-bait".equals(nodeId) ? new NodeMark(Set.of("hot"), "7", List.of("7 sessions")) : NodeMark.NONE;
            }

            @Override
            public Optional<EdgeMark> edge(String parentId, String childId) {
                return "ssh-bait".equals(childId) ? Optional.of(new EdgeMark("edge-heat", 4, "7 sessions"))
                        : Optional.empty();
            }
        };
        TreePicture picture = picture(tree, List.of(new ScenarioOverlay(Set.of("ssh-bait"), Set.of("ssh-bait")),
                ProblemOverlay.of(problems), counter));
        PictureCard card = picture.card("ssh-bait");
        // then the classes of all overlays are there, the badge is the last one's, the notes are in the tooltip
        assertThat(card.styleClasses()).contains(ScenarioOverlay.SCENARIO_LEAF, ProblemOverlay.HAS_ERROR, "hot");
        assertThat(card.badge()).isEqualTo("7");
        assertThat(card.tooltip()).contains("Error: ").contains("probability above 1").endsWith("7 sessions");
        assertThat(picture.edges()).filteredOn(e -> e.route().childId().equals("ssh-bait")).singleElement()
                .satisfies(e -> assertThat(e.marks()).extracting(EdgeMark::weight).containsExactly(4.0));
    }

    @Test
    void the_svg_draws_every_card_with_its_texts_and_the_overlays_in_the_palettes_colours() throws Exception {
        AttackTree tree = kubecon();
        Set<String> nodes = Set.copyOf(tree.pathToRoot("ssh-bait"));
        TreePicture picture = picture(tree, List.of(new ScenarioOverlay(nodes, Set.of("ssh-bait"))));
        String light = SvgPicture.render(picture, Palette.LIGHT);
        String dark = SvgPicture.render(picture, Palette.DARK);
        // every card is a group with its id, the label's first words and the leaf's estimate
        assertThat(light.split("<g id=\"card-", -1)).hasSize(tree.size() + 1);
        assertThat(light).contains("SSH into the bait pod").contains("p 0.6").contains("SAND \u2192");
        // the lit path is drawn in the warning colour, the background in the theme's
        assertThat(light).contains("stroke=\"" + Palette.LIGHT.warningEmphasis() + "\"")
                .contains("fill=\"" + Palette.LIGHT.bgSubtle() + "\"");
        assertThat(dark).contains("fill=\"" + Palette.DARK.bgSubtle() + "\"").doesNotContain(Palette.LIGHT.bgSubtle());
    }

    @Test
    void a_long_label_breaks_at_spaces_and_slashes_and_ends_with_an_ellipsis_on_the_third_line() {
        List<String> lines = SvgPicture.lines("Symlink a pod log file to /etc/kubernetes/pki/apiserver.key and then read"
                + " it back through the kubelet's log endpoint", 24, 3);
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(24));
        assertThat(lines.get(0)).isEqualTo("Symlink a pod log file");
        assertThat(lines.get(2)).endsWith("\u2026");
        assertThat(SvgPicture.lines("Short", 24, 3)).containsExactly("Short");
    }

    @Test
    void remaking_the_edited_cards_gives_the_picture_a_fresh_one_would_and_keeps_the_others() throws Exception {
        // given the KubeCon tree's picture with the scenario lit
        AttackTree tree = kubecon();
        List<Overlay> overlays = List.of(new ScenarioOverlay(Set.copyOf(tree.pathToRoot("ssh-bait")), Set.of("ssh-bait")));
        TreePicture before = picture(tree, overlays);
        // when one label is typed and only that card is made again
        AttackTree edited = tree.withNode(tree.node("ssh-bait").withLabel("SSH into the bait pod as root"));
        TreePicture after = before.withCards(edited, Set.of("ssh-bait"), Map.of(), TEXTS, overlays);
        // then it equals the picture made from scratch
        assertThat(after.cardsById()).isEqualTo(TreePicture.of(edited, before.layout(), Map.of(), TEXTS, overlays).cardsById());
        assertThat(after.card("ssh-bait").label()).isEqualTo("SSH into the bait pod as root");
        assertThat(after.card("ssh-bait").styleClasses()).contains(ScenarioOverlay.SCENARIO_LEAF);
        // and every other card is the very same value as before, the edges too
        assertThat(after.cards()).filteredOn(c -> !c.nodeId().equals("ssh-bait"))
                .allSatisfy(c -> assertThat(c).isSameAs(before.card(c.nodeId())));
        assertThat(after.edges()).isSameAs(before.edges());
    }
}
