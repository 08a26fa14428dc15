package io.stormcenter.workbench.honeycluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The labels of DESIGN.md that every object carries; teardown deletes by them. */
public final class ObjectLabels {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGED_BY_VALUE = "ksc-workbench";
    public static final String MODEL = "stormcenter.io/model";
    public static final String DEPLOYMENT = "stormcenter.io/deployment";
    public static final String TRIPWIRE = "stormcenter.io/tripwire";

    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]");

    private ObjectLabels() {
    }

    /** managed-by, model and deployment, in key order. */
    public static Map<String, String> base(String modelId, String deploymentId) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(MANAGED_BY, MANAGED_BY_VALUE);
        labels.put(MODEL, labelValue(modelId));
        labels.put(DEPLOYMENT, labelValue(deploymentId));
        return labels;
    }

    public static Map<String, String> forTripwire(Map<String, String> base, String tripwireId) {
        Map<String, String> labels = new TreeMap<>(base);
        labels.put(TRIPWIRE, labelValue(tripwireId));
        return labels;
    }

    /**
     * A value Kubernetes accepts as a label (63 characters of letters, digits, '-', '_', '.',
     * alphanumeric at both ends). An id that does not fit is cut and given a hash suffix, so two
     * ids stay two values.
     */
    public static String labelValue(String id) {
        if (id != null && LABEL_VALUE.matcher(id).matches()) {
            return id;
        }
        String cleaned = (id == null ? "" : id).replaceAll("[^-A-Za-z0-9_.]", "-");
        cleaned = cleaned.length() > 54 ? cleaned.substring(0, 54) : cleaned;
        cleaned = cleaned.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
        String suffix = shortHash(id == null ? "" : id);
        return cleaned.isEmpty() ? suffix : cleaned + "-" + suffix;
    }

    /** Eight hex digits of SHA-256: stable across JVMs, unlike {@code String.hashCode} mixes. */
    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
