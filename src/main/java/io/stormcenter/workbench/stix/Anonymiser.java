package io.stormcenter.workbench.stix;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes observations fit to publish. An address inside a cluster (private, shared, loopback, link-local)
 * is always replaced by a keyed hash; a public one is truncated (IPv4 to its /24, IPv6 to its /48) or, in
 * {@link AddressMode#HASH}, hashed too. Hashed IPv4 addresses land in the benchmarking range 198.18.0.0/15,
 * IPv6 ones in the documentation range 2001:db8::/32. Cluster, node, namespace, pod, container and user
 * names become pseudonyms ({@code pod-1}) in fields and, as whole words, in free text; the secret values
 * the caller names (and their base64) and whatever is shaped like a credential ({@link CredentialShapes})
 * are cut out of free text, and nothing else is. The key (salt) is drawn fresh for each export and never
 * written, so two exports cannot be joined by their pseudonyms or hashes, while one export stays
 * consistent in itself.
 *
 * <p>One anonymiser serves one export: it remembers the pseudonyms it handed out.
 */
final class Anonymiser {

    /** How public addresses are hidden; internal ones are always hashed. */
    enum AddressMode { TRUNCATE, HASH }

    static final String REDACTED = "[redacted]";

    /** The same on every cluster, so they tell nobody which cluster: kept as they are. */
    private static final Set<String> KUBERNETES_OWN = Set.of("default", "kube-system", "kube-public", "kube-node-lease");
    /** Shorter names are common words and parts of paths; replacing them would garble the text. */
    private static final int SHORTEST_NAME_IN_TEXT = 4;
    /** Shorter secrets are not cut out verbatim: cutting "ab" would garble every line. */
    private static final int SHORTEST_SECRET = 4;

    private static final Pattern IPV4_IN_TEXT = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d])");
    private static final Pattern IPV6_IN_TEXT = Pattern.compile(
            "(?<![\\w:.])[0-9A-Fa-f:]{2,}(?:\\d{1,3}(?:\\.\\d{1,3}){3})?(?![\\w:.])");

    private final Mac mac;
    private final AddressMode mode;
    private final List<String> secrets;
    private final Map<String, String> pseudonyms = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    /** Every name handed a pseudonym, to find it again inside free text. */
    private final Map<String, String> names = new LinkedHashMap<>();
    private Pattern namesInText;

    Anonymiser(byte[] salt, AddressMode mode, Collection<String> secrets) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
        this.mode = mode;
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret != null && secret.strip().length() >= SHORTEST_SECRET) {
                String value = secret.strip();
                all.add(value);
                // a secret is as often passed encoded (echo ... | base64 -d, a Secret's data)
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                all.add(Base64.getEncoder().encodeToString(bytes));
                all.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
                all.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
        }
        this.secrets = all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
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

    /**
     * The same pseudonym for the same value of a kind ({@code pod-1}, {@code pod-2} ...), null for null;
     * Kubernetes' own namespaces stay what they are.
     */
    String pseudonym(String kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (KUBERNETES_OWN.contains(value)) {
            return value;
        }
        String key = kind + "\u0000" + value;
        String existing = pseudonyms.get(key);
        if (existing != null) {
            return existing;
        }
        String made = kind + "-" + counters.merge(kind, 1, Integer::sum);
        pseudonyms.put(key, made);
        if (value.length() >= SHORTEST_NAME_IN_TEXT && names.putIfAbsent(value, made) == null) {
            namesInText = null;
        }
        return made;
    }

    /**
     * An address as it may be published: a keyed pseudo-address for an internal one (and for any in
     * {@link AddressMode#HASH}), else its /24 (/48) network; null for what is not an address.
     */
    String address(String text) {
        IpLiteral ip = IpLiteral.parse(text);
        if (ip == null) {
            return null;
        }
        byte[] b = ip.bytes();
        if (mode == AddressMode.HASH || ip.isInternal()) {
            byte[] h = HexFormat.of().parseHex(hash("ip\u0000" + HexFormat.of().formatHex(b)));
            if (ip.isV4()) {
                return "198." + (18 + (h[0] & 1)) + "." + (h[1] & 0xff) + "." + (h[2] & 0xff);
            }
            return "2001:db8:" + HexFormat.of().formatHex(h, 0, 2) + ":" + HexFormat.of().formatHex(h, 2, 4) + ":"
                    + HexFormat.of().formatHex(h, 4, 6) + ":" + HexFormat.of().formatHex(h, 6, 8) + ":"
                    + HexFormat.of().formatHex(h, 8, 10) + ":" + HexFormat.of().formatHex(h, 10, 12);
        }
        if (ip.isV4()) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
        }
        return Integer.toHexString(((b[0] & 0xff) << 8) | (b[1] & 0xff)) + ":"
                + Integer.toHexString(((b[2] & 0xff) << 8) | (b[3] & 0xff)) + ":"
                + Integer.toHexString(((b[4] & 0xff) << 8) | (b[5] & 0xff)) + "::/48";
    }

    /** Free text (a command line, a path) with names, addresses, credentials and secret values taken out. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, REDACTED);
        }
        if (!names.isEmpty()) {
            out = replace(namesPattern(), out, names::get);
        }
        out = CredentialShapes.cut(out);
        out = replace(IPV6_IN_TEXT, out, candidate -> candidate.contains(":") ? address(candidate) : candidate);
        return replace(IPV4_IN_TEXT, out, this::address);
    }

    /** Names as whole words: {@code web} is not replaced inside {@code webhook}, but is inside {@code web-7d9f}. */
    private Pattern namesPattern() {
        if (namesInText == null) {
            List<String> longestFirst = new ArrayList<>(names.keySet());
            longestFirst.sort(Comparator.comparingInt(String::length).reversed());
            namesInText = Pattern.compile(longestFirst.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|", "(?<![A-Za-z0-9])(?:", ")(?![A-Za-z0-9])")));
        }
        return namesInText;
    }

    private static String replace(Pattern pattern, String text, Function<String, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String with = replacement.apply(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(with == null ? matcher.group() : with));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
