package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calibration on cases worked out by hand (Beta quantiles in closed form where a or b is 1). */
class CalibrationTest {

    private static Node leaf(String id, double p0, double confidence) {
        return Node.attack(id, id).withEstimates(new Estimates(p0, confidence, 10.0, 1.0, 1, null));
    }

    private static AttackTree single(Node leaf) {
        return AttackTree.single("t", "T", leaf);
    }

    @Test
    void a_leaf_seen_twice_in_two_chances_moves_from_uniform_to_beta_3_1() {
        // given p0 = 0.5 worth 2 observations: Beta(1, 1); and k = 2 of n = 2
        AttackTree tree = single(leaf("a", 0.5, 2));
        EvidenceSet evidence = EvidenceSet.of(List.of(new Evidence("a", Evidence.OWN, 2, 2)));

        // when
        CalibratedNode a = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED, evidence, Map.of()).node("a");

        // then Beta(3, 1): mean 3/4, CDF x^3, so the 90 % interval is [0.05^(1/3), 0.95^(1/3)]
        assertThat(a.calibrated().value()).isCloseTo(0.75, within(1e-9));
        assertThat(a.calibrated().low()).isCloseTo(0.368403, within(1e-3));
        assertThat(a.calibrated().high()).isCloseTo(0.983048, within(1e-3));
        assertThat(a.observed()).isEqualTo(new Count(2, 2));
        assertThat(a.estimate()).isEqualTo(0.5);
    }

    @Test
    void without_evidence_the_interval_is_the_priors() {
        // given Beta(1, 1): uniform
        AttackTree tree = single(leaf("a", 0.5, 2));

        CalibratedTree calibrated = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED,
                EvidenceSet.empty(), Map.of());

        assertThat(calibrated.hasObservations()).isFalse();
        assertThat(calibrated.node("a").calibrated().value()).isCloseTo(0.5, within(1e-9));
        assertThat(calibrated.node("a").calibrated().low()).isCloseTo(0.05, within(1e-3));
        assertThat(calibrated.node("a").calibrated().high()).isCloseTo(0.95, within(1e-3));
    }

    @Test
    void a_small_estimate_with_a_weak_prior_is_drawn_with_its_own_mean() {
        // given p0 = 0.05 worth 2: Beta(0.1, 1.9), half of whose mass lies below 1/2048 (a pole at 0)
        Posterior prior = Posterior.prior(0.05, 2);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);

        double sum = 0;
        int draws = 400_000;
        for (int i = 0; i < draws; i++) {
            sum += prior.sample(random);
        }

        // then the draws average to the estimate (a midpoint rule put them at 0.08)
        assertThat(sum / draws).isCloseTo(0.05, within(0.002));
        assertThat(prior.mean()).isCloseTo(0.05, within(1e-12));
        assertThat(prior.low()).isLessThan(1e-3);
    }

    @Test
    void without_evidence_the_goal_is_calibrated_to_the_estimate_itself() throws Exception {
        // given the KubeCon sample (estimates from 0.05 to 0.95, weak priors) and nothing observed
        AttackTree tree = io.stormcenter.workbench.format.TreeFiles.read(
                java.nio.file.Path.of("sample-models", "ksc-kubecon-2024.json")).tree();

        CalibratedTree calibrated = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED,
                EvidenceSet.empty(), Map.of());

        // then the Monte Carlo mean is the bottom-up value (0.27), not biased up by the leaves' small estimates
        double estimate = Evaluation.of(tree, AttackerProfile.UNLIMITED).root().probability();
        assertThat(calibrated.rootProbability().value()).isCloseTo(estimate, within(0.015));
    }

    @Test
    void the_posterior_mean_is_the_conjugate_one() {
        // given p0 = 0.6 worth 5: Beta(3, 2); k = 1 of n = 5 -> Beta(4, 6), mean 0.4
        AttackTree tree = single(leaf("a", 0.6, 5));
        EvidenceSet evidence = EvidenceSet.of(List.of(new Evidence("a", Evidence.OWN, 1, 5)));

        Posterior posterior = Posterior.of(0.6, 5, List.of(new Posterior.Observation(1, 5, 1)));
        CalibratedNode a = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED, evidence, Map.of()).node("a");

        assertThat(posterior.alpha()).isCloseTo(4, within(1e-9));
        assertThat(posterior.beta()).isCloseTo(6, within(1e-9));
        assertThat(a.calibrated().value()).isCloseTo(0.4, within(1e-9));
        assertThat(a.calibrated().low()).isLessThan(0.4);
        assertThat(a.calibrated().high()).isGreaterThan(0.4);
    }

    @Test
    void a_miss_counts_less_when_the_sensor_sees_only_half_of_what_happens() {
        // given Beta(1, 1), one chance and no sighting, seen with recall 0.5:
        // posterior density proportional to 1 - p/2, whose mean is (1/2 - 1/6) / (3/4) = 4/9
        AttackTree tree = single(leaf("a", 0.5, 2));
        EvidenceSet evidence = EvidenceSet.of(List.of(new Evidence("a", Evidence.OWN, 0, 1)));

        CalibratedNode halfSeen = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED, evidence,
                Map.of("a", 0.5)).node("a");
        CalibratedNode allSeen = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED, evidence,
                Map.of()).node("a");

        assertThat(halfSeen.calibrated().value()).isCloseTo(4.0 / 9, within(1e-4));
        assertThat(allSeen.calibrated().value()).isCloseTo(1.0 / 3, within(1e-9)); // Beta(1, 2)
        assertThat(halfSeen.recall()).isEqualTo(0.5);
    }

    @Test
    void others_sightings_count_next_to_ones_own_and_stay_labelled() {
        // given one of two sessions of our own, and one of two in a shared STIX bundle
        AttackTree tree = single(leaf("a", 0.5, 2));
        EvidenceSet evidence = EvidenceSet.of(List.of(new Evidence("a", Evidence.OWN, 1, 2),
                new Evidence("a", "stix: KSC community", 1, 2)));

        CalibratedNode a = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED, evidence, Map.of()).node("a");

        // then both count (Beta(1+2, 1+2), mean 1/2), and each origin keeps its own k of n
        assertThat(a.observed()).isEqualTo(new Count(2, 4));
        assertThat(a.byOrigin()).containsEntry(Evidence.OWN, new Count(1, 2))
                .containsEntry("stix: KSC community", new Count(1, 2));
        assertThat(a.calibrated().value()).isCloseTo(0.5, within(1e-9));
        assertThat(evidence.origins()).containsExactly(Evidence.OWN, "stix: KSC community");
    }

    @Test
    void the_roots_interval_comes_from_sampling_the_leaves_up_the_tree() {
        // given an OR of two uniform leaves: root = 1 - (1-X)(1-Y), mean 3/4; with U, V uniform,
        // P(UV >= c) = 1 - c + c ln c, which puts the 5 % and 95 % points at 0.2991 and 0.9913
        AttackTree tree = new AttackTree("t", "T", "", "g", List.of(
                Node.attack("g", "G").withGate(Gate.OR).withChildren(List.of("x", "y")).withImpact(1000.0),
                leaf("x", 0.5, 2), leaf("y", 0.5, 2)));

        CalibratedTree calibrated = new Calibration(7, 40_000).run(tree, AttackerProfile.UNLIMITED,
                EvidenceSet.empty(), Map.of());

        assertThat(calibrated.rootProbability().value()).isCloseTo(0.75, within(0.005));
        assertThat(calibrated.rootProbability().low()).isCloseTo(0.2991, within(0.01));
        assertThat(calibrated.rootProbability().high()).isCloseTo(0.9913, within(0.003));
        assertThat(calibrated.risk().value()).isCloseTo(750, within(5.0));
        assertThat(calibrated.risk().high()).isCloseTo(calibrated.rootProbability().high() * 1000, within(1e-6));
    }

    @Test
    void the_same_seed_gives_the_same_figures_and_another_seed_other_draws() {
        AttackTree tree = new AttackTree("t", "T", "", "g", List.of(
                Node.attack("g", "G").withGate(Gate.AND).withChildren(List.of("x", "y")),
                leaf("x", 0.3, 3), leaf("y", 0.7, 4)));

        CalibratedTree once = new Calibration(1, 500).run(tree, AttackerProfile.UNLIMITED, EvidenceSet.empty(), Map.of());
        CalibratedTree again = new Calibration(1, 500).run(tree, AttackerProfile.UNLIMITED, EvidenceSet.empty(), Map.of());
        CalibratedTree other = new Calibration(2, 500).run(tree, AttackerProfile.UNLIMITED, EvidenceSet.empty(), Map.of());

        assertThat(again.rootProbability()).isEqualTo(once.rootProbability());
        assertThat(other.rootProbability().low()).isNotEqualTo(once.rootProbability().low());
        // AND of independent leaves: the mean of the product is the product of the means
        assertThat(once.rootProbability().value()).isCloseTo(0.3 * 0.7, within(0.02));
    }

    @Test
    void evidence_from_sessions_counts_k_of_the_sessions_that_reached_anything_under_the_parent() {
        // given g OR (a, b), and b SAND (b1, b2); three sessions
        AttackTree tree = new AttackTree("t", "T", "", "g", List.of(
                Node.attack("g", "G").withChildren(List.of("a", "b")),
                leaf("a", 0.5, 2),
                Node.attack("b", "B").withGate(Gate.SAND).withChildren(List.of("b1", "b2")),
                leaf("b1", 0.5, 2), leaf("b2", 0.5, 2)));
        List<Set<String>> sessions = List.of(Set.of("a", "g"), Set.of("b1"), Set.of("b1", "b2", "b", "g"));

        EvidenceSet evidence = EvidenceSet.fromSessions(tree, Evidence.OWN, sessions);

        // then under g all three had a chance; a was reached once, b once; under b two had a chance
        assertThat(evidence.total("a")).isEqualTo(new Count(1, 3));
        assertThat(evidence.total("b")).isEqualTo(new Count(1, 3));
        assertThat(evidence.total("b1")).isEqualTo(new Count(2, 2));
        assertThat(evidence.total("b2")).isEqualTo(new Count(1, 2));
        assertThat(evidence.total("g")).isEqualTo(Count.NONE);
    }
}
