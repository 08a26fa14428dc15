package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The bottom-up k-best search behind {@link ScenarioRanker}; one instance per query. */
final class KBestScenarios {

    private static final PartialScenario[] NONE = new PartialScenario[0];

    private final Evaluation evaluation;
    private final TreeIndex index;
    private final Ranking ranking;
    private final int k;
    private final Comparator<PartialScenario> order;
    /** Whether some node has two parents (an invalid tree): then sets may repeat or contain others. */
    private final boolean shared;

    KBestScenarios(Evaluation evaluation, Ranking ranking, int k) {
        this.evaluation = evaluation;
        this.index = evaluation.tree().index();
        this.ranking = ranking;
        this.k = k;
        this.order = Comparator
                .comparingDouble((PartialScenario s) -> ranking.score(s.probability, s.cost, s.timeHours))
                .thenComparingDouble(s -> ranking.tieBreak(s.probability, s.cost, s.timeHours));
        this.shared = hasSharedNodes(index);
    }

    List<AttackScenario> top() {
        int root = index.root();
        if (root < 0 || index.node(root).role() != Role.ATTACK) {
            return List.of();
        }
        int[] post = index.postOrder();
        boolean[] inRefinement = attackRefinement(post, root);
        PartialScenario[][] best = new PartialScenario[index.size()][];
        for (int v : post) {
            if (inRefinement[v]) {
                best[v] = bestOf(v, best);
            }
        }
        int[] postPosition = new int[index.size()];
        for (int i = 0; i < post.length; i++) {
            postPosition[post[i]] = i;
        }
        List<AttackScenario> result = new ArrayList<>(best[root].length);
        for (PartialScenario scenario : best[root]) {
            result.add(toScenario(scenario, postPosition));
        }
        return List.copyOf(result);
    }

    /** Nodes reached from the root through attack refinements only (parents come before children in reverse post-order). */
    private boolean[] attackRefinement(int[] post, int root) {
        boolean[] inRefinement = new boolean[index.size()];
        inRefinement[root] = true;
        for (int i = post.length - 1; i >= 0; i--) {
            int v = post[i];
            if (!inRefinement[v]) {
                continue;
            }
            for (int c = 0; c < index.childCount(v); c++) {
                int child = index.child(v, c);
                if (index.node(child).role() == Role.ATTACK) {
                    inRefinement[child] = true;
                }
            }
        }
        return inRefinement;
    }

    private PartialScenario[] bestOf(int v, PartialScenario[][] best) {
        Node node = index.node(v);
        List<PartialScenario[]> childLists = new ArrayList<>();
        int counter = -1;
        for (int c = 0; c < index.childCount(v); c++) {
            int child = index.child(v, c);
            if (index.node(child).role() == Role.ATTACK) {
                childLists.add(best[child]);
                if (!shared) {
                    best[child] = null; // no one else reads it: let it go
                }
            } else if (counter < 0) {
                counter = child;
            }
        }
        PartialScenario[] own;
        if (childLists.isEmpty()) {
            own = leafScenario(v, node.estimates());
        } else if (node.gate() == Gate.OR) {
            own = anyOf(childLists);
        } else {
            own = allOf(childLists, node.gate() == Gate.SAND);
        }
        return counter < 0 ? own : countered(own, counter);
    }

    private PartialScenario[] leafScenario(int v, Estimates e) {
        if (!evaluation.profile().canAfford(e)) {
            return NONE;
        }
        return new PartialScenario[] {PartialScenario.leaf(v,
                e.probability() == null ? 0 : e.probability(),
                e.cost() == null ? Double.POSITIVE_INFINITY : e.cost(),
                e.timeHours() == null ? Double.POSITIVE_INFINITY : e.timeHours())};
    }

    private PartialScenario[] anyOf(List<PartialScenario[]> childLists) {
        List<PartialScenario> all = new ArrayList<>();
        for (PartialScenario[] list : childLists) {
            all.addAll(Arrays.asList(list));
        }
        all.sort(order);
        List<PartialScenario> kept = new ArrayList<>(k);
        for (PartialScenario candidate : all) {
            if (kept.size() == k) {
                break;
            }
            keep(kept, candidate);
        }
        return kept.toArray(NONE);
    }

    /** The k best ways to pick one scenario per child, best-first from (0,...,0). */
    private PartialScenario[] allOf(List<PartialScenario[]> childLists, boolean sequential) {
        PartialScenario[][] lists = childLists.toArray(new PartialScenario[0][]);
        for (PartialScenario[] list : lists) {
            if (list.length == 0) {
                return NONE;
            }
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
        double holds = evaluation.probabilityAt(defence);
        double toBeat = evaluation.costAt(defence);
        double slowest = evaluation.timeAt(defence);
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

    private AttackScenario toScenario(PartialScenario scenario, int[] postPosition) {
        Integer[] leaves = Arrays.stream(scenario.leaves()).boxed().toArray(Integer[]::new);
        Arrays.sort(leaves, Comparator.comparingInt(leaf -> postPosition[leaf])); // leaves keep pre-order in post-order
        List<String> ids = new ArrayList<>(leaves.length);
        for (int leaf : leaves) {
            ids.add(index.node(leaf).id());
        }
        return new AttackScenario(ids, scenario.probability, scenario.cost, scenario.timeHours);
    }

    private static boolean hasSharedNodes(TreeIndex index) {
        int[] parents = new int[index.size()];
        for (int v : index.postOrder()) {
            for (int c = 0; c < index.childCount(v); c++) {
                if (++parents[index.child(v, c)] > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Combination(int[] tuple, int pivot, PartialScenario scenario) {
    }
}
