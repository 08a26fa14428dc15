package io.stormcenter.workbench.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeValidator;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RandomTreeGeneratorTest {

    @Test
    void the_same_seed_gives_the_same_valid_tree_of_the_asked_size() {
        AttackTree first = RandomTreeGenerator.andOr(7).generate(10_000);
        AttackTree again = RandomTreeGenerator.andOr(7).generate(10_000);

        assertThat(first).isEqualTo(again);
        assertThat(first.size()).isEqualTo(10_000);
        assertThat(TreeValidator.hasErrors(TreeValidator.validate(first))).isFalse();
        assertThat(new HashSet<>(first.nodes().stream().map(Node::label).toList())).hasSize(10_000);
        assertThat(first.nodes()).allSatisfy(n -> assertThat(n.children().size()).isIn(0, 2, 3, 4, 5));
    }

    @Test
    void every_size_is_met_exactly() {
        for (int size = 1; size < 60; size++) {
            assertThat(RandomTreeGenerator.andOr(size).generate(size).size()).isEqualTo(size);
            assertThat(RandomTreeGenerator.withSandAndDefences(size, 0.5).generate(size).size()).isEqualTo(size);
        }
    }

    @Test
    void other_seeds_give_other_trees_and_defences_can_be_mixed_in() {
        AttackTree plain = RandomTreeGenerator.andOr(7).generate(2_000);
        AttackTree defended = RandomTreeGenerator.withSandAndDefences(8, 0.2).generate(2_000);

        assertThat(plain).isNotEqualTo(RandomTreeGenerator.andOr(8).generate(2_000));
        assertThat(defended.nodes()).anyMatch(n -> n.role() == Role.DEFENCE);
        assertThat(TreeValidator.hasErrors(TreeValidator.validate(defended))).isFalse();
    }

    @Test
    void the_chain_is_as_deep_as_asked() {
        AttackTree chain = DeepChainGenerator.chain(1_000);

        assertThat(chain.pathToRoot("level-1000")).hasSize(1_001);
        assertThat(TreeValidator.validate(chain)).isEmpty();
    }
}
