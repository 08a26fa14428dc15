package io.stormcenter.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordEditsTest {

    private static AttackTree tree() {
        return AttackTree.single("t", "T", Node.attack("goal", "Goal"))
                .addChild("goal", Node.attack("a", "Step a").withEstimates(Estimates.of(0.5, 10, 1, 1)));
    }

    @Test
    void a_new_label_description_or_note_changes_only_words() {
        AttackTree before = tree();
        assertThat(WordEdits.onlyWords(before, before.withNode(before.node("a").withLabel("Step a, renamed")))).isTrue();
        assertThat(WordEdits.onlyWords(before, before.withNode(before.node("a").withDescription("why")))).isTrue();
        assertThat(WordEdits.onlyWords(before, before.withNode(before.node("goal").withNotes("a note")))).isTrue();
    }

    @Test
    void an_estimate_a_gate_or_a_new_node_is_more_than_words() {
        AttackTree before = tree();
        assertThat(WordEdits.onlyWords(before, before.withNode(before.node("a").withEstimates(Estimates.of(0.6, 10, 1, 1)))))
                .isFalse();
        assertThat(WordEdits.onlyWords(before, before.withNode(before.node("goal").withGate(Gate.AND)))).isFalse();
        assertThat(WordEdits.onlyWords(before, before.addChild("goal", Node.attack("b", "Step b")))).isFalse();
        assertThat(WordEdits.onlyWords(before, before.withNode(before.node("a").withTechniques(List.of("T1611"))))).isFalse();
    }
}
