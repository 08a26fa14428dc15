package io.stormcenter.workbench.analysis;

/** k of n: sessions that reached a node, of those that could have. */
public record Count(int reached, int opportunities) {

    public static final Count NONE = new Count(0, 0);

    public Count plus(Count other) {
        return new Count(reached + other.reached, opportunities + other.opportunities);
    }

    public boolean isEmpty() {
        return opportunities == 0;
    }

    @Override
    public String toString() {
        return reached + "/" + opportunities;
    }
}
