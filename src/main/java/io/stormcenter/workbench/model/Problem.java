package io.stormcenter.workbench.model;

/**
 * One thing wrong with a tree.
 *
 * @param nodeId the node it concerns, or null for the tree as a whole
 * @param field  the field, as named in the file (e.g. {@code estimates.probability}), or null
 */
public record Problem(String nodeId, String field, String message, Severity severity) {

    public static Problem error(String nodeId, String field, String message) {
        return new Problem(nodeId, field, message, Severity.ERROR);
    }

    public static Problem warning(String nodeId, String field, String message) {
        return new Problem(nodeId, field, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a terminal: {@code ERROR node 'x' estimates.probability: must lie in 0..1}. */
    public String describe() {
        StringBuilder line = new StringBuilder(severity.name());
        if (nodeId != null) {
            line.append(" node '").append(nodeId).append('\'');
        }
        if (field != null) {
            line.append(' ').append(field);
        }
        return line.append(": ").append(message).toString();
    }
}
