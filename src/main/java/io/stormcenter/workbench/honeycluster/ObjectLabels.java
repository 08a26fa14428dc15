package io.stormcenter.workbench.honeycluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short stable hashes for generated names and labels. Which labels an object carries is the
 * {@link Cover}'s business: none of them names the workbench, the model or a trip-wire (the plan
 * keeps that mapping, on the workbench's side).
 */
public final class ObjectLabels {

    private ObjectLabels() {
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
