package io.stormcenter.workbench.sensor;

/**
 * Where a value sits in an event, worded as {@link MalformedEventException} names it
 * ({@code process_kprobe.args[0]}, {@code items[3].process_exec.process}). Tetragon events are read by
 * the ten thousand a second and are almost never malformed, so a path is only a link to its parent and
 * one step; its text is written when an error needs it, not for every object of every event.
 *
 * @param step the root's whole text, or the name of the field this step enters (null for an item of an array)
 */
record FieldPath(FieldPath parent, String step, int index) {

    private static final int NOT_AN_ITEM = -1;

    /** The path of the value being read itself: {@code ""} for a document, {@code items[3]} for an item of a list. */
    static FieldPath root(String path) {
        return new FieldPath(null, path == null ? "" : path, NOT_AN_ITEM);
    }

    FieldPath field(String name) {
        return new FieldPath(this, name, NOT_AN_ITEM);
    }

    FieldPath item(int position) {
        return new FieldPath(this, null, position);
    }

    /** The path of {@code field} inside this value, as text. */
    String of(String field) {
        return EventJson.path(toString(), field);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return step;
        }
        return step == null ? parent + "[" + index + "]" : parent.of(step);
    }
}
