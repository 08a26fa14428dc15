package io.stormcenter.workbench.model;

/**
 * What the modeller believes about a leaf. Every value is optional ({@code null} = not
 * estimated); validation, not the constructor, judges the ranges, so that a file with a
 * mistake still opens and can be mended.
 *
 * @param probability chance of success of the step, 0..1
 * @param confidence  how many observations the probability is worth (the weight of its Beta prior)
 * @param cost        the attacker's cost, in currency units
 * @param timeHours   the attacker's time, in hours
 * @param skill       the skill needed, 1 (anyone) .. 5 (nation state)
 * @param rationale   one line saying where the numbers come from
 */
public record Estimates(Double probability, Double confidence, Double cost, Double timeHours, Integer skill,
                        String rationale) {

    public static final Estimates NONE = new Estimates(null, null, null, null, null, null);

    public static Estimates of(double probability, double cost, double timeHours, int skill) {
        return new Estimates(probability, null, cost, timeHours, skill, null);
    }

    public boolean isEmpty() {
        return probability == null && confidence == null && cost == null && timeHours == null && skill == null
                && (rationale == null || rationale.isBlank());
    }

    public Estimates withProbability(Double value) {
        return new Estimates(value, confidence, cost, timeHours, skill, rationale);
    }

    public Estimates withConfidence(Double value) {
        return new Estimates(probability, value, cost, timeHours, skill, rationale);
    }

    public Estimates withCost(Double value) {
        return new Estimates(probability, confidence, value, timeHours, skill, rationale);
    }

    public Estimates withTimeHours(Double value) {
        return new Estimates(probability, confidence, cost, value, skill, rationale);
    }

    public Estimates withSkill(Integer value) {
        return new Estimates(probability, confidence, cost, timeHours, value, rationale);
    }

    public Estimates withRationale(String value) {
        return new Estimates(probability, confidence, cost, timeHours, skill, value);
    }
}
