package io.stormcenter.workbench.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * STIX identifiers: {@code type--UUID}. The workbench's are UUIDv5 (RFC 4122 section 4.3, SHA-1 of a
 * namespace and a name), so the same model and node always get the same id and a re-export updates
 * rather than duplicates what a receiver already holds.
 */
public final class StixIds {

    /** The namespace of every id the workbench makes (itself a UUIDv5 of "ksc-workbench" in the URL namespace). */
    static final UUID WORKBENCH = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "https://github.com/k8sstormcenter/ksc-workbench");

    /** STIX 2.1's own namespace for deterministic cyber-observable ids (specification 2.9). */
    static final UUID STIX_OBSERVABLES = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

    private static final Pattern ID = Pattern.compile(
            "([a-z0-9][a-z0-9-]*[a-z0-9])--([0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})");

    private StixIds() {
    }

    /** A workbench id for an object of this type, named by the parts (model id, node id, ...). */
    public static String of(String type, String... parts) {
        return type + "--" + v5(WORKBENCH, type + "\u0000" + String.join("\u0000", parts));
    }

    /** A cyber-observable id from STIX's own namespace. */
    public static String observable(String type, String canonicalContributingProperties) {
        return type + "--" + v5(STIX_OBSERVABLES, canonicalContributingProperties);
    }

    /** Whether an id is {@code type--UUID} for the given type, as the specification requires. */
    public static boolean valid(String id, String type) {
        if (id == null) {
            return false;
        }
        var m = ID.matcher(id);
        return m.matches() && m.group(1).equals(type);
    }

    /** The type part of an id ({@code attack-pattern} of {@code attack-pattern--...}), or "" when it has none. */
    public static String typeOf(String id) {
        int at = id == null ? -1 : id.indexOf("--");
        return at < 0 ? "" : id.substring(0, at);
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
