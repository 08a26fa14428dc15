package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.testing.Seeds;
import io.stormcenter.workbench.testing.TreeLaw;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;

/** The k-best ranker against brute-force enumeration of all minimal scenarios, on random small trees (fixed seeds). */
class ScenarioRankerPropertiesTest {

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void top_k_ranks_like_brute_force_enumeration(long seed) {
        // given a random tree, profile, ranking and k
        Random random = new Random(seed);
        AttackTree generated = RandomSmallTrees.generate(random.nextLong());
        AttackerProfile profile = RandomSmallTrees.anyProfile(random);
        Ranking ranking = Ranking.values()[random.nextInt(Ranking.values().length)];
        int k = 1 + random.nextInt(8);

        TreeLaw.holds(seed, generated, tree -> {
            List<AttackScenario> brute = BruteForceScenarios.all(tree, profile).stream()
                    .sorted(Comparator.comparingDouble(s -> score(ranking, s))).toList();
            // when
            List<AttackScenario> top = ScenarioRanker.top(tree, profile, ranking, k);
            // then the scores follow brute force rank by rank, and each scenario is a minimal one
            assertThat(top).as("%s top %d for %s", ranking, k, profile.name()).hasSize(Math.min(k, brute.size()));
            for (int i = 0; i < top.size(); i++) {
                assertThat(same(score(ranking, top.get(i)), score(ranking, brute.get(i))))
                        .as("rank %d: %s against %s", i, top.get(i), brute.get(i)).isTrue();
            }
            assertThat(new HashSet<>(top.stream().map(AttackScenario::leaves).toList())).as("no repeats")
                    .hasSize(top.size());
            for (AttackScenario scenario : top) {
                AttackScenario twin = brute.stream()
                        .filter(s -> new HashSet<>(s.leaves()).equals(new HashSet<>(scenario.leaves())))
                        .findFirst().orElseThrow(() -> new AssertionError("not a minimal scenario: " + scenario));
                assertThat(scenario.leaves()).as("tree order").isEqualTo(twin.leaves());
                assertThat(same(scenario.probability(), twin.probability())).as("probability of %s", scenario).isTrue();
                assertThat(same(scenario.cost(), twin.cost())).as("cost of %s", scenario).isTrue();
                assertThat(same(scenario.timeHours(), twin.timeHours())).as("time of %s", scenario).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @Seeds(200)
    void cheapest_and_fastest_scenarios_match_the_root_domains(long seed) {
        Random random = new Random(seed);
        AttackTree generated = RandomSmallTrees.generate(random.nextLong());
        AttackerProfile profile = RandomSmallTrees.anyProfile(random);

        TreeLaw.holds(seed, generated, tree -> {
            // when
            NodeValues root = Evaluation.of(tree, profile).root();
            List<AttackScenario> cheapest = ScenarioRanker.top(tree, profile, Ranking.CHEAPEST, 1);
            List<AttackScenario> fastest = ScenarioRanker.top(tree, profile, Ranking.FASTEST, 1);
            // then
            double cost = cheapest.isEmpty() ? Double.POSITIVE_INFINITY : cheapest.get(0).cost();
            double time = fastest.isEmpty() ? Double.POSITIVE_INFINITY : fastest.get(0).timeHours();
            assertThat(same(cost, root.cost())).as("cost %s vs root %s", cost, root.cost()).isTrue();
            assertThat(same(time, root.timeHours())).as("time %s vs root %s", time, root.timeHours()).isTrue();
        });
    }

    private static double score(Ranking ranking, AttackScenario s) {
        return ranking.score(s.probability(), s.cost(), s.timeHours());
    }

    private static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
