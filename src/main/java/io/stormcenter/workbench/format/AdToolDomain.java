package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.Estimates;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ADTool 2 attribute domains that have a field of their own in {@link Estimates}. Their
 * bottom-up rules are the ones DESIGN.md defines, so an imported tree evaluates as in ADTool.
 * Any other domain (DiffLMH, ReachPar, SatProp, custom ones...) is kept in the node notes.
 */
enum AdToolDomain {
    /** {@code ProbSucc}: probability of success, on attacks and defences. */
    PROBABILITY("ProbSucc", Estimates::probability),
    /** {@code MinCost}: the attacker's minimal cost. */
    COST("MinCost", Estimates::cost),
    /** {@code MinTimePar} / {@code MinTimeSeq} (ADTrees), {@code MinTime} (SAND trees): minimal time. */
    TIME("MinTimePar", Estimates::timeHours),
    /** {@code MinSkill}: the minimal skill the attacker needs. */
    SKILL("MinSkill", e -> e.skill() == null ? null : e.skill().doubleValue());

    static final String ADT_PACKAGE = "lu.uni.adtool.domains.adtpredefined.";
    static final String SAND_PACKAGE = "lu.uni.adtool.domains.sandpredefined.";
    static final String CUSTOM_PACKAGE = "lu.uni.adtool.domains.custom.";

    private final String adtClass;
    private final Function<Estimates, Double> value;

    AdToolDomain(String adtClass, Function<Estimates, Double> value) {
        this.adtClass = adtClass;
        this.value = value;
    }

    /** The simple class name in an {@code <adtree>}. */
    String adtClass() {
        return adtClass;
    }

    Double valueOf(Estimates estimates) {
        return value.apply(estimates);
    }

    Estimates withValue(Estimates estimates, double v) {
        return switch (this) {
            case PROBABILITY -> estimates.withProbability(v);
            case COST -> estimates.withCost(v);
            case TIME -> estimates.withTimeHours(v);
            case SKILL -> estimates.withSkill((int) Math.round(v));
        };
    }

    /**
     * Recognises a {@code <domain>}: a predefined class by its simple name, or a custom domain
     * whose {@code <name>} is one of those names (how {@link AdToolWriter} writes probability,
     * cost and skill into a SAND tree, where ADTool predefines only MinTime). Null when unknown.
     */
    static AdToolDomain recognise(String className, String customName) {
        String simple = className == null ? "" : className.substring(className.lastIndexOf('.') + 1);
        if (className != null && className.startsWith(CUSTOM_PACKAGE) && customName != null) {
            simple = customName.trim();
        }
        return switch (simple.toLowerCase(Locale.ROOT)) {
            case "probsucc" -> PROBABILITY;
            case "mincost" -> COST;
            case "mintimepar", "mintimeseq", "mintime" -> TIME;
            case "minskill" -> SKILL;
            default -> null;
        };
    }

    /** Words for warnings and notes. */
    String describe() {
        return switch (this) {
            case PROBABILITY -> "probability";
            case COST -> "cost";
            case TIME -> "time";
            case SKILL -> "skill";
        };
    }
}
