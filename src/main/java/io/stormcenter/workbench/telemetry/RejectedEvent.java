package io.stormcenter.workbench.telemetry;

/**
 * An event that could not be read, skipped and reported: where it was, and what is wrong with
 * it (field path and problem; never the field's value, which may be a secret).
 */
public record RejectedEvent(String position, String reason) {

    public String describe() {
        return position.isEmpty() ? reason : position + ": " + reason;
    }
}
