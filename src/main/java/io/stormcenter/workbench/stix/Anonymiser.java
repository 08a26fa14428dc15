package io.stormcenter.workbench.stix;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes observations fit to publish. Addresses are truncated (IPv4 to its /24, IPv6 to its /48) or,
 * in {@link AddressMode#HASH}, replaced by a keyed hash mapped into the benchmarking range
 * 198.18.0.0/15; cluster, node, namespace, pod, container and user names become pseudonyms
 * ({@code pod-1}); tokens, credentials and every secret value the caller names are cut out of free
 * text. The key (salt) is drawn fresh for each export and never written, so two exports cannot be
 * joined by their pseudonyms or hashes, while one export stays consistent in itself.
 *
 * <p>One anonymiser serves one export: it remembers the pseudonyms it handed out.
 */
final class Anonymiser {

    /** How addresses are hidden. */
    enum AddressMode { TRUNCATE, HASH }

    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d])");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern CREDENTIAL_OPTION = Pattern.compile(
            "(?i)((?<![\\w./-])-{0,2}(?:token|password|passwd|pass|secret|client-secret|api-key|apikey|key)(?:=|:\\s*|\\s+))(\\S+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)\\S+");
    // long opaque strings (keys, hashes, base64 blobs); not paths, which are what a reader needs to see
    private static final Pattern LONG_OPAQUE = Pattern.compile("\\b[A-Za-z0-9+_-]{32,}={0,2}");
    static final String REDACTED = "[redacted]";

    private final Mac mac;
    private final AddressMode mode;
    private final List<String> secrets;
    private final Map<String, String> pseudonyms = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    /** Every name handed a pseudonym, to find it again inside free text; longest first when replacing. */
    private final Map<String, String> names = new LinkedHashMap<>();

    Anonymiser(byte[] salt, AddressMode mode, Collection<String> secrets) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
        this.mode = mode;
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** An anonymiser with a fresh random key. */
    static Anonymiser fresh(AddressMode mode, Collection<String> secrets) {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return new Anonymiser(salt, mode, secrets);
    }

    /** A keyed hash of a value, hex, stable within this export only. */
    String hash(String value) {
        synchronized (mac) {
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The same pseudonym for the same value of a kind ({@code pod-1}, {@code pod-2} ...), null for null. */
    String pseudonym(String kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = kind + "\u0000" + value;
        String existing = pseudonyms.get(key);
        if (existing != null) {
            return existing;
        }
        String made = kind + "-" + counters.merge(kind, 1, Integer::sum);
        pseudonyms.put(key, made);
        if (value.length() >= 3) {
            names.putIfAbsent(value, made);
        }
        return made;
    }

    /** An address as it may be published: a /24 (/48) network, or a keyed pseudo-address. */
    String address(String ip) {
        if (ip == null) {
            return null;
        }
        Matcher v4 = IPV4.matcher(ip);
        if (v4.matches()) {
            if (mode == AddressMode.HASH) {
                byte[] h = HexFormat.of().parseHex(hash("ip\u0000" + ip).substring(0, 6));
                return "198." + (18 + (h[0] & 1)) + "." + (h[1] & 0xff) + "." + (h[2] & 0xff);
            }
            return v4.group(1) + "." + v4.group(2) + "." + v4.group(3) + ".0/24";
        }
        if (ip.contains(":")) {
            String[] groups = ip.split(":", -1);
            return groups.length >= 3 ? groups[0] + ":" + groups[1] + ":" + groups[2] + "::/48" : "::/48";
        }
        return null; // not an address: nothing to publish
    }

    /** Free text (a command line, a path) with names, addresses, tokens and secrets taken out. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, REDACTED);
        }
        List<Map.Entry<String, String>> known = new ArrayList<>(names.entrySet());
        known.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> name : known) {
            out = out.replace(name.getKey(), name.getValue());
        }
        out = JWT.matcher(out).replaceAll(REDACTED);
        out = BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
        out = CREDENTIAL_OPTION.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
        out = LONG_OPAQUE.matcher(out).replaceAll(REDACTED);
        Matcher addresses = IPV4.matcher(out);
        StringBuilder replaced = new StringBuilder();
        while (addresses.find()) {
            addresses.appendReplacement(replaced, Matcher.quoteReplacement(address(addresses.group())));
        }
        addresses.appendTail(replaced);
        return replaced.toString();
    }
}
