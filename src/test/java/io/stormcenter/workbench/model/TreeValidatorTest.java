package io.stormcenter.workbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeValidatorTest {

    private static List<Problem> problemsOf(String root, Node... nodes) {
        return TreeValidator.validate(new AttackTree("t", "", "", root, List.of(nodes)));
    }

    @Test
    void a_sound_tree_has_no_problems() {
        assertThat(problemsOf("g",
                Node.attack("g", "G").withChildren(List.of("a", "b")),
                Node.attack("a", "A").withEstimates(Estimates.of(0.5, 10, 1, 2)),
                Node.attack("b", "B").withChildren(List.of("d")),
                Node.defence("d", "D"))).isEmpty();
    }

    @Test
    void a_dangling_child_id_is_an_error_on_the_parent() {
        assertThat(problemsOf("g", Node.attack("g", "G").withChildren(List.of("a", "ghost")), Node.attack("a", "A")))
                .anySatisfy(p -> {
                    assertThat(p.nodeId()).isEqualTo("g");
                    assertThat(p.field()).isEqualTo("children");
                    assertThat(p.message()).contains("ghost");
                    assertThat(p.isError()).isTrue();
                });
    }

    @Test
    void a_cycle_is_reported() {
        assertThat(problemsOf("g",
                Node.attack("g", "G").withChildren(List.of("a", "x")),
                Node.attack("a", "A").withChildren(List.of("b")),
                Node.attack("b", "B").withChildren(List.of("a")),
                Node.attack("x", "X")))
                .anySatisfy(p -> assertThat(p.message()).contains("cycle"));
    }

    @Test
    void a_node_not_reachable_from_the_root_is_reported() {
        assertThat(problemsOf("g", Node.attack("g", "G"), Node.attack("orphan", "O")))
                .anySatisfy(p -> {
                    assertThat(p.nodeId()).isEqualTo("orphan");
                    assertThat(p.message()).contains("cannot be reached");
                });
    }

    @Test
    void values_out_of_range_name_the_field() {
        List<Problem> problems = problemsOf("g", Node.attack("g", "G")
                .withEstimates(new Estimates(1.5, -1.0, -3.0, -1.0, 7, null)).withImpact(-1.0));

        assertThat(problems).extracting(Problem::field).contains("estimates.probability", "estimates.confidence",
                "estimates.cost", "estimates.timeHours", "estimates.skill", "impact");
        assertThat(problems).allMatch(Problem::isError);
    }

    @Test
    void a_defence_with_no_attack_parent_is_an_error() {
        assertThat(problemsOf("d", Node.defence("d", "D"))).anySatisfy(p -> {
            assertThat(p.nodeId()).isEqualTo("d");
            assertThat(p.field()).isEqualTo("role");
        });
    }

    @Test
    void an_inner_node_with_a_single_child_is_a_warning() {
        assertThat(problemsOf("g", Node.attack("g", "G").withChildren(List.of("a")), Node.attack("a", "A")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.field()).isEqualTo("gate");
                });
    }

    @Test
    void duplicate_node_and_tripwire_ids_are_errors() {
        Tripwire tw = new Tripwire("tw", TripwireKind.AUDIT, Map.of());
        List<Problem> problems = problemsOf("g",
                Node.attack("g", "G").withChildren(List.of("a", "b")),
                Node.attack("a", "A").withTripwires(List.of(tw)),
                Node.attack("b", "B").withTripwires(List.of(tw)),
                Node.attack("a", "A again"));

        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("more than one node"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("trip-wire id 'tw'"));
    }

    @Test
    void a_missing_root_is_reported_once_for_the_tree() {
        assertThat(problemsOf("nowhere", Node.attack("g", "G"))).anySatisfy(p -> {
            assertThat(p.nodeId()).isNull();
            assertThat(p.field()).isEqualTo("root");
        });
    }
}
