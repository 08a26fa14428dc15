package io.stormcenter.workbench.analysis;

import java.util.List;

/**
 * What an attacker can afford: leaves that cost more, need more skill or take longer than
 * this are pruned before evaluation. (API fixed by the scaffold; the analysis work fills it in.)
 *
 * @param budget    the most the attacker will spend on one leaf, in currency units
 * @param skill     the highest skill level the attacker has, 1..5
 * @param timeHours the most time the attacker will spend on one leaf, in hours
 */
public record AttackerProfile(String id, String name, double budget, int skill, double timeHours) {

    /** No limits: the tree as drawn. */
    public static final AttackerProfile UNLIMITED =
            new AttackerProfile("any", "Any attacker", Double.POSITIVE_INFINITY, 5, Double.POSITIVE_INFINITY);

    /** The built-in profiles, the unlimited one first. */
    public static List<AttackerProfile> builtIns() {
        return List.of(UNLIMITED);
    }
}
