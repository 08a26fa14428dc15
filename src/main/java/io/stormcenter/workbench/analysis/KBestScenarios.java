package io.stormcenter.workbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The bottom-up k-best search behind {@link ScenarioRanker}; one instance per query. Works on
 * the {@link EvaluationPlan}'s post-order positions, where children come before their parent.
 */
final class KBestScenarios {

    private static final PartialScenario[] NONE = new PartialScenario[0];

    private final Evaluation evaluation;
    private final EvaluationPlan plan;
    private final int k;
    private final Comparator<PartialScenario> order;
    /** Whether some node has two parents (an invalid tree): then sets may repeat or contain others. */
    private final boolean shared;

    KBestScenarios(Evaluation evaluation, Ranking ranking, int k) {
        this.evaluation = evaluation;
        this.plan = evaluation.plan();
        this.k = k;
        this.order = Comparator
                .comparingDouble((PartialScenario s) -> ranking.score(s.probability, s.cost, s.timeHours))
                .thenComparingDouble(s -> ranking.tieBreak(s.probability, s.cost, s.timeHours));
        this.shared = plan.sharesNodes();
    }

    List<AttackScenario> top() {
        int size = plan.size();
        if (size == 0 || !plan.isAttack(size - 1)) {
            return List.of();
        }
        boolean[] inRefinement = attackRefinement(size);
        PartialScenario[][] best = new PartialScenario[size][];
        for (int i = 0; i < size; i++) {
            if (inRefinement[i]) {
                best[i] = bestOf(i, best);
            }
        }
        PartialScenario[] atRoot = best[size - 1];
        List<AttackScenario> result = new ArrayList<>(atRoot.length);
        for (PartialScenario scenario : atRoot) {
            result.add(toScenario(scenario));
        }
        return List.copyOf(result);
    }

    /** Positions reached from the root through attack refinements only (parents after children). */
    private boolean[] attackRefinement(int size) {
        boolean[] inRefinement = new boolean[size];
        inRefinement[size - 1] = true;
        for (int i = size - 1; i >= 0; i--) {
            if (inRefinement[i]) {
                for (int c = 0; c < plan.refinementCount(i); c++) {
                    inRefinement[plan.refinement(i, c)] = true;
                }
            }
        }
        return inRefinement;
    }

    private PartialScenario[] bestOf(int i, PartialScenario[][] best) {
        int count = plan.refinementCount(i);
        PartialScenario[] own;
        if (count == 0) {
            own = plan.affordable(i, evaluation.profile())
                    ? new PartialScenario[] {PartialScenario.leaf(i, plan.leafProbability(i), plan.leafCost(i),
                            plan.leafTime(i))}
                    : NONE;
        } else {
            PartialScenario[][] lists = new PartialScenario[count][];
            for (int c = 0; c < count; c++) {
                int child = plan.refinement(i, c);
                lists[c] = best[child];
                if (!shared) {
                    best[child] = null; // no one else reads it: let it go
                }
            }
            own = plan.isOr(i) ? anyOf(lists) : allOf(lists, plan.isSequential(i));
        }
        int defence = plan.counter(i);
        return defence < 0 ? own : countered(own, defence);
    }

    private PartialScenario[] anyOf(PartialScenario[][] lists) {
        int total = 0;
        for (PartialScenario[] list : lists) {
            total += list.length;
        }
        PartialScenario[] all = new PartialScenario[total];
        int at = 0;
        for (PartialScenario[] list : lists) {
            System.arraycopy(list, 0, all, at, list.length);
            at += list.length;
        }
        Arrays.sort(all, order);
        if (!shared) {
            return total <= k ? all : Arrays.copyOf(all, k);
        }
        List<PartialScenario> kept = new ArrayList<>(Math.min(k, total));
        for (PartialScenario candidate : all) {
            if (kept.size() == k) {
                break;
            }
            keep(kept, candidate);
        }
        return kept.toArray(NONE);
    }

    /** The k best ways to pick one scenario per child, best-first from (0,...,0). */
    private PartialScenario[] allOf(PartialScenario[][] lists, boolean sequential) {
        boolean single = true;
        for (PartialScenario[] list : lists) {
            if (list.length == 0) {
                return NONE;
            }
            single &= list.length == 1;
        }
        if (single) { // one way per child (e.g. all leaves): one combination, no search
            return new PartialScenario[] {combine(lists, new int[lists.length], 0, sequential).scenario};
        }
        PriorityQueue<Combination> frontier = new PriorityQueue<>(
                Comparator.comparing((Combination combination) -> combination.scenario, order));
        frontier.add(combine(lists, new int[lists.length], 0, sequential));
        List<PartialScenario> kept = new ArrayList<>(k);
        while (kept.size() < k && !frontier.isEmpty()) {
            Combination next = frontier.poll();
            keep(kept, next.scenario);
            // Each tuple has one parent (decrement its last non-zero position), so it is generated
            // once: successors only advance positions at or after the one advanced last.
            for (int j = next.pivot; j < lists.length; j++) {
                if (next.tuple[j] + 1 < lists[j].length) {
                    int[] tuple = next.tuple.clone();
                    tuple[j]++;
                    frontier.add(combine(lists, tuple, j, sequential));
                }
            }
        }
        return kept.toArray(NONE);
    }

    private static Combination combine(PartialScenario[][] lists, int[] tuple, int pivot, boolean sequential) {
        PartialScenario[] parts = new PartialScenario[lists.length];
        double probability = 1;
        double cost = 0;
        double time = 0;
        for (int j = 0; j < lists.length; j++) {
            PartialScenario part = lists[j][tuple[j]];
            parts[j] = part;
            probability *= part.probability;
            cost += part.cost;
            time = sequential ? time + part.timeHours : Math.max(time, part.timeHours);
        }
        return new Combination(tuple, pivot, PartialScenario.joining(parts, probability, cost, time));
    }

    private PartialScenario[] countered(PartialScenario[] own, int defence) {
        double holds = evaluation.probabilityAtPosition(defence);
        double toBeat = evaluation.costAtPosition(defence);
        double slowest = evaluation.timeAtPosition(defence);
        PartialScenario[] result = new PartialScenario[own.length];
        for (int i = 0; i < own.length; i++) {
            PartialScenario s = own[i];
            result[i] = s.revalued(s.probability * (1 - holds), s.cost + toBeat, Math.max(s.timeHours, slowest));
        }
        Arrays.sort(result, order); // max(t, t_d) can tie scenarios that were apart
        return result;
    }

    /** Adds a candidate unless (in a tree that shares nodes) it repeats or contains a kept set. */
    private void keep(List<PartialScenario> kept, PartialScenario candidate) {
        if (shared) {
            for (PartialScenario earlier : kept) {
                if (candidate.containsAll(earlier)) {
                    return;
                }
            }
            kept.removeIf(earlier -> earlier.containsAll(candidate));
        }
        kept.add(candidate);
    }

    /** Leaves in tree order: among leaves, post-order positions keep the left-to-right order. */
    private AttackScenario toScenario(PartialScenario scenario) {
        int[] positions = scenario.leaves();
        List<String> ids = new ArrayList<>(positions.length);
        for (int position : positions) {
            ids.add(plan.nodeAt(position).id());
        }
        return new AttackScenario(ids, scenario.probability, scenario.cost, scenario.timeHours);
    }

    private record Combination(int[] tuple, int pivot, PartialScenario scenario) {
    }
}
