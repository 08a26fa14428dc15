package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.Estimates;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an attacker can afford: leaves that cost more, need more skill or take longer than
 * this are pruned before evaluation (probability 0, cost and time infinite, skill unreachable).
 * The limits apply to each leaf on its own; a value the modeller left out never prunes a leaf.
 *
 * @param budget    the most the attacker will spend on one leaf, in currency units
 * @param skill     the highest skill level the attacker has, 1..5
 * @param timeHours the most time the attacker will spend on one leaf, in hours
 */
public record AttackerProfile(String id, String name, double budget, int skill, double timeHours) {

    /** No limits: the tree as drawn. */
    public static final AttackerProfile UNLIMITED =
            new AttackerProfile("any", "Any attacker", Double.POSITIVE_INFINITY, 5, Double.POSITIVE_INFINITY);

    public static final AttackerProfile SCRIPT_KIDDIE =
            new AttackerProfile("script-kiddie", "Script kiddie", 100, 2, 8);

    public static final AttackerProfile CYBERCRIMINAL =
            new AttackerProfile("cybercriminal", "Cybercriminal", 5_000, 3, 168);

    public static final AttackerProfile INSIDER =
            new AttackerProfile("insider", "Insider", 1_000, 3, 720);

    public static final AttackerProfile NATION_STATE =
            new AttackerProfile("nation-state", "Nation state", 1_000_000, 5, 4_380);

    private static final Map<String, String> RATIONALES = Map.of(
            UNLIMITED.id, "No limits: every leaf of the tree as drawn.",
            SCRIPT_KIDDIE.id, "Runs public scanners and copy-paste exploits for an evening; spends next to nothing.",
            CYBERCRIMINAL.id, "Buys tooling and stolen credentials when a week's work pays back through mining or ransom.",
            INSIDER.id, "Has a month of legitimate access and an engineer's skill, but little money to spend on it.",
            NATION_STATE.id, "Funds custom exploits and half a year of patient work for one objective.");

    /** The built-in profiles, the unlimited one first, then by growing capability. */
    public static List<AttackerProfile> builtIns() {
        return List.of(UNLIMITED, SCRIPT_KIDDIE, CYBERCRIMINAL, INSIDER, NATION_STATE);
    }

    /** The built-in profile with this id or name (case and {@code _}/{@code -}/space insensitive). */
    public static Optional<AttackerProfile> byId(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        String wanted = normalise(idOrName);
        for (AttackerProfile profile : builtIns()) {
            if (normalise(profile.id).equals(wanted) || normalise(profile.name).equals(wanted)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    /** One line saying why the limits are what they are (empty for a profile that is not built in). */
    public String rationale() {
        return RATIONALES.getOrDefault(id, "");
    }

    /**
     * Whether this attacker can carry out a leaf with these estimates: its known cost, skill and
     * time lie within the limits. An unknown value does not prune (the domain treats it on its own).
     */
    public boolean canAfford(Estimates estimates) {
        Double cost = estimates.cost();
        Integer needed = estimates.skill();
        Double time = estimates.timeHours();
        return (cost == null || cost <= budget) && (needed == null || needed <= skill)
                && (time == null || time <= timeHours);
    }
}
