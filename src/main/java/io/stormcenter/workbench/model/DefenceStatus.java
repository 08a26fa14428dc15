package io.stormcenter.workbench.model;

/**
 * Whether a defence is already deployed or only proposed. A proposed defence counts in the figures
 * only when a defence plan (a budget, or the what-if toggles) selects it; an in-place one always
 * counts. A defence whose file says nothing is in place: that is what every defence meant before
 * proposals existed, so old files give the same numbers.
 */
public enum DefenceStatus {
    IN_PLACE("in-place"),
    PROPOSED("proposed");

    private final String key;

    DefenceStatus(String key) {
        this.key = key;
    }

    /** The name used in files and on the command line. */
    public String key() {
        return key;
    }

    public static DefenceStatus fromKey(String key) {
        for (DefenceStatus status : values()) {
            if (status.key.equalsIgnoreCase(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown defence status '" + key + "' (expected in-place or proposed)");
    }
}
