package io.stormcenter.workbench.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.layout.LayoutOptions;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeatOverlayTest {

    @Test
    void the_heat_badge_domain_shows_the_sessions_that_reached_each_card_and_nothing_on_the_others()
            throws Exception {
        // given the KubeCon tree, six sessions that reached the SSH bait, one that went on to the escape branch
        AttackTree tree = TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
        HeatOverlay heat = new HeatOverlay(Map.of("ssh-bait", 6, "via-node-escape", 1),
                Map.of(HeatOverlay.key("via-logs", "ssh-bait"), 6));
        Map<String, NodeValues> values = Map.of("ssh-bait", new NodeValues(0.6, 0, 0.5, 1));

        // when the picture is made with the heat domain's badges
        TreePicture picture = TreePicture.of(tree, TreeLayout.of(tree, Set.of(), LayoutOptions.DEFAULT), values,
                heat.badges(), List.of(heat));

        // then the counts replace the computed values, and a leaf shows no estimate
        assertThat(picture.card("ssh-bait").value()).isEqualTo("6 sessions");
        assertThat(picture.card("ssh-bait").estimate()).isNull();
        assertThat(picture.card("via-node-escape").value()).isEqualTo("1 session");
        assertThat(picture.card("kubectl-logs").value()).isNull();
        // and the hottest edge takes the top step of the scale, its count on hover
        assertThat(heat.edge("via-logs", "ssh-bait")).get().satisfies(mark -> {
            assertThat(mark.style()).isEqualTo(HeatOverlay.EDGE_HEAT + HeatOverlay.STEPS);
            assertThat(mark.tooltip()).isEqualTo("6 sessions");
        });
        assertThat(BadgeDomain.HEAT.cardTexts().value(tree.node("ssh-bait"), values.get("ssh-bait"))).isNull();
    }
}
