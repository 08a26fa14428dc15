package io.stormcenter.workbench.sensor;

/**
 * An event a reader skipped: where it was and what was wrong with it. The problem never repeats
 * field values (they may carry secrets), only field paths and kinds of value.
 */
public record MalformedEvent(EventPosition position, String problem) {

    @Override
    public String toString() {
        return position + ": " + problem;
    }
}
