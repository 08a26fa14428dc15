package io.stormcenter.workbench.sensor;

/**
 * A sensor wrote something that is not the event it should be. The message names the kind of
 * event and the field (as a JSON path such as {@code objectRef.resource}) and says what is
 * wrong; it never repeats field values, which may carry secrets.
 */
public final class MalformedEventException extends RuntimeException {

    private final String field;

    public MalformedEventException(String eventKind, String field, String problem) {
        super(eventKind + (field == null || field.isEmpty() ? "" : " field '" + field + "'") + ": " + problem);
        this.field = field;
    }

    /** The JSON path of the offending field, or null when the whole document is wrong. */
    public String field() {
        return field;
    }
}
