package io.stormcenter.workbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanvasFramingTest {

    private static final double VIEW_W = 680;
    private static final double VIEW_H = 690;

    private static boolean whollyInside(CanvasFraming framing, CardBox box) {
        double visibleW = VIEW_W / framing.scale();
        double visibleH = VIEW_H / framing.scale();
        return box.x() >= framing.offsetX() && box.right() <= framing.offsetX() + visibleW
                && box.y() >= framing.offsetY() && box.bottom() <= framing.offsetY() + visibleH;
    }

    private static AttackTree sample(String name) throws Exception {
        return TreeFiles.read(Path.of("sample-models", name + ".json")).tree();
    }

    private static CanvasFraming opened(TreeLayout layout, AttackTree tree) {
        return CanvasFraming.opening(layout, tree.rootId(), VIEW_W, VIEW_H, 0.7);
    }

    @Test
    void a_small_tree_is_fitted_and_centred_never_above_100_percent() {
        // given
        AttackTree tree = new AttackTree("t", "t", "", "g", List.of(Node.attack("g", "g").withChildren(List.of("a", "b")),
                Node.attack("a", "a"), Node.attack("b", "b")));
        TreeLayout layout = TreeLayout.of(tree);
        // when
        CanvasFraming framing = CanvasFraming.opening(layout, "g", VIEW_W, VIEW_H, 0.7);
        // then
        assertThat(framing.scale()).isEqualTo(1);
        double visibleW = VIEW_W / framing.scale();
        assertThat(framing.offsetX() + visibleW / 2).isEqualTo(layout.minX() + layout.width() / 2);
        assertThat(layout.boxes()).allMatch(box -> whollyInside(framing, box));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ksc-kubecon-2024", "secret-theft", "container-escape", "cryptomining"})
    void a_wide_sample_opens_readable_on_its_root_and_a_child_and_cuts_no_card_at_the_left(String sample)
            throws Exception {
        // given a sample too wide for a 680 px canvas at a readable zoom
        AttackTree tree = sample(sample);
        TreeLayout layout = TreeLayout.of(tree);
        // when
        CanvasFraming framing = opened(layout, tree);
        // then
        assertThat(framing.scale()).isBetween(0.7 * CanvasFraming.LEAST_READABLE, 0.7);
        assertThat(whollyInside(framing, layout.box(tree.rootId()))).as("root in view").isTrue();
        assertThat(tree.root().children()).as("a child in view")
                .anyMatch(child -> whollyInside(framing, layout.box(child)));
        double bottom = framing.offsetY() + VIEW_H / framing.scale();
        assertThat(layout.boxes()).as("cut by the left edge").filteredOn(box -> box.y() < bottom)
                .noneMatch(box -> box.x() < framing.offsetX() && box.right() > framing.offsetX());
    }

    @Test
    void revealing_cards_in_view_leaves_the_view_alone_and_others_move_it_the_least() {
        // given a view at 100 % over 0..680 x 0..690
        CanvasFraming framing = new CanvasFraming(1, 0, 0);
        CardBox inside = new CardBox("in", 100, 100, 184, 104, 1);
        CardBox right = new CardBox("right", 700, 100, 184, 104, 1);
        // then
        assertThat(framing.reveal(List.of(inside), VIEW_W, VIEW_H)).isEqualTo(framing);
        CanvasFraming moved = framing.reveal(List.of(right), VIEW_W, VIEW_H);
        assertThat(moved.offsetX()).isEqualTo(700 + 184 + CanvasFraming.PAD - VIEW_W);
        assertThat(moved.offsetY()).isEqualTo(0);
    }

    @Test
    void revealing_more_than_fits_shows_the_first_whole_at_the_left() {
        CanvasFraming framing = new CanvasFraming(1, 0, 0);
        CardBox first = new CardBox("a", 1000, 100, 184, 104, 1);
        CardBox last = new CardBox("b", 2000, 100, 184, 104, 1);
        CanvasFraming moved = framing.reveal(List.of(last, first), VIEW_W, VIEW_H);
        assertThat(moved.offsetX()).isEqualTo(1000 - CanvasFraming.PAD);
    }

    @Test
    void showing_cards_zooms_out_only_as_far_as_they_need_and_never_below_the_least_readable_zoom() {
        CanvasFraming framing = new CanvasFraming(0.7, 0, 0);
        CardBox first = new CardBox("a", 0, 100, 184, 104, 1);
        CardBox near = new CardBox("b", 600, 100, 184, 104, 1);
        CardBox far = new CardBox("c", 3000, 100, 184, 104, 1);

        // cards that fit at 70 % keep it
        assertThat(framing.showing(List.of(first, near), VIEW_W, VIEW_H, 0.5).scale()).isEqualTo(0.7);
        // wider ones get the zoom that just fits them: 784 units plus padding into VIEW_W
        CanvasFraming wider = framing.showing(List.of(first, near), VIEW_W * 0.7 * 0.9, VIEW_H, 0.3);
        assertThat(wider.scale()).isCloseTo(VIEW_W * 0.7 * 0.9 / (784 + 2 * CanvasFraming.PAD), within(1e-9));
        assertThat(wider.offsetX()).isEqualTo(-CanvasFraming.PAD);
        // and far ones no less than the floor, the first shown whole
        CanvasFraming floor = framing.showing(List.of(first, far), VIEW_W, VIEW_H, 0.5);
        assertThat(floor.scale()).isEqualTo(0.5);
        assertThat(floor.offsetX()).isEqualTo(-CanvasFraming.PAD);
    }

    @Test
    void framing_cards_whole_zooms_out_below_the_readable_zoom_centres_them_and_never_zooms_in_beyond_100_percent() {
        // given cards 3184 units wide, and two cards close together
        CardBox first = new CardBox("a", 0, 100, 184, 104, 1);
        CardBox far = new CardBox("c", 3000, 100, 184, 104, 1);
        CardBox near = new CardBox("b", 300, 100, 184, 104, 1);

        // when framed whole, not below 10 %
        CanvasFraming wide = CanvasFraming.whole(List.of(first, far), VIEW_W, VIEW_H, 0.1);
        CanvasFraming close = CanvasFraming.whole(List.of(first, near), VIEW_W, VIEW_H, 0.1);

        // then the wide ones get the zoom that just fits them (far below the readable 70 %), all of them in view
        assertThat(wide.scale()).isCloseTo(VIEW_W / (3184 + 2 * CanvasFraming.PAD), within(1e-9));
        assertThat(List.of(first, far)).allMatch(box -> whollyInside(wide, box));
        // and the close ones 100 %, not the 140 % that would fill the view, centred
        assertThat(close.scale()).isEqualTo(1);
        assertThat(close.offsetX() + VIEW_W / 2).isCloseTo(242, within(1e-9));
        assertThat(close.offsetY() + VIEW_H / 2).isCloseTo(152, within(1e-9));
    }
}
