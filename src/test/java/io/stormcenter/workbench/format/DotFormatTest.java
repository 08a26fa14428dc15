package io.stormcenter.workbench.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import org.junit.jupiter.api.Test;

class DotFormatTest {

    @Test
    void attacks_and_defences_get_their_own_shapes_and_colours() {
        String dot = DotFormat.toDot(TestTrees.everyField());

        assertThat(dot).contains("\"ssh-bait\" [label=\"SSH into the bait pod\\np=0.60\", shape=ellipse,"
                        + " fillcolor=\"#f8d7da\"")
                .contains("\"mfa\" [label=\"Keys in an HSM\\np=0.30\", shape=box, style=\"rounded,filled\"")
                .contains("\"via-logs\" -> \"mfa\" [style=dashed, arrowhead=tee");
    }

    @Test
    void inner_nodes_name_their_gate_and_sand_children_are_numbered_and_chained() {
        String dot = DotFormat.toDot(TestTrees.everyField());

        assertThat(dot).contains("\"goal\" [label=\"Steal apiserver.key\\nOR \u2228\\nimpact 250,000\"")
                .contains("penwidth=2")
                .contains("\"via-logs\" -> \"ssh-bait\" [taillabel=\"1\"];")
                .contains("\"via-logs\" -> \"read-token\" [taillabel=\"2\"];")
                .contains("\"ssh-bait\" -> \"read-token\" [style=dashed, arrowhead=normal, constraint=false")
                .doesNotContain("\"via-logs\" -> \"mfa\" [taillabel");
    }

    @Test
    void quotes_backslashes_and_line_breaks_are_escaped() {
        String dot = DotFormat.toDot(TestTrees.everyField());

        assertThat(dot).contains("[label=\"Read the \\\"token\\\" \\\\ unicode \u00e9\u2192\\np=0.90\"");
        assertThat(DotFormat.quote("a\"b\\c\nd\r")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    }

    @Test
    void a_deep_chain_is_written_without_recursion() {
        AttackTree chain = TestTrees.chain(100_000);

        String dot = DotFormat.toDot(chain);

        assertThat(dot).contains("\"n99998\" -> \"n99999\"").endsWith("}\n");
    }
}
