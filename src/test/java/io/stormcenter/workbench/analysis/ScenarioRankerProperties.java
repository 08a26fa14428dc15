package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The k-best ranker against brute-force enumeration of all minimal scenarios, on random small trees. */
class ScenarioRankerProperties {

    @Provide
    Arbitrary<AttackTree> trees() {
        return RandomSmallTrees.arbitrary();
    }

    @Provide
    Arbitrary<AttackerProfile> profiles() {
        return Arbitraries.of(AttackerProfile.builtIns());
    }

    @Property(tries = 200)
    void top_k_ranks_like_brute_force_enumeration(@ForAll("trees") AttackTree tree,
                                                  @ForAll("profiles") AttackerProfile profile,
                                                  @ForAll Ranking ranking, @ForAll @IntRange(min = 1, max = 8) int k) {
        List<AttackScenario> brute = BruteForceScenarios.all(tree, profile).stream()
                .sorted(Comparator.comparingDouble(s -> score(ranking, s))).toList();

        List<AttackScenario> top = ScenarioRanker.top(tree, profile, ranking, k);

        assertThat(top).hasSize(Math.min(k, brute.size()));
        for (int i = 0; i < top.size(); i++) {
            assertThat(same(score(ranking, top.get(i)), score(ranking, brute.get(i))))
                    .as("rank %d: %s against %s", i, top.get(i), brute.get(i)).isTrue();
        }
        assertThat(new HashSet<>(top.stream().map(AttackScenario::leaves).toList())).as("no repeats").hasSize(top.size());
        for (AttackScenario scenario : top) {
            AttackScenario twin = brute.stream().filter(s -> new HashSet<>(s.leaves()).equals(new HashSet<>(scenario.leaves())))
                    .findFirst().orElseThrow(() -> new AssertionError("not a minimal scenario: " + scenario));
            assertThat(scenario.leaves()).as("tree order").isEqualTo(twin.leaves());
            assertThat(same(scenario.probability(), twin.probability())).isTrue();
            assertThat(same(scenario.cost(), twin.cost())).isTrue();
            assertThat(same(scenario.timeHours(), twin.timeHours())).isTrue();
        }
    }

    @Property(tries = 200)
    void cheapest_and_fastest_scenarios_match_the_root_domains(@ForAll("trees") AttackTree tree,
                                                              @ForAll("profiles") AttackerProfile profile) {
        NodeValues root = Evaluation.of(tree, profile).root();

        List<AttackScenario> cheapest = ScenarioRanker.top(tree, profile, Ranking.CHEAPEST, 1);
        List<AttackScenario> fastest = ScenarioRanker.top(tree, profile, Ranking.FASTEST, 1);

        double cost = cheapest.isEmpty() ? Double.POSITIVE_INFINITY : cheapest.get(0).cost();
        double time = fastest.isEmpty() ? Double.POSITIVE_INFINITY : fastest.get(0).timeHours();
        assertThat(same(cost, root.cost())).as("cost %s vs root %s", cost, root.cost()).isTrue();
        assertThat(same(time, root.timeHours())).as("time %s vs root %s", time, root.timeHours()).isTrue();
    }

    private static double score(Ranking ranking, AttackScenario s) {
        return ranking.score(s.probability(), s.cost(), s.timeHours());
    }

    private static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
