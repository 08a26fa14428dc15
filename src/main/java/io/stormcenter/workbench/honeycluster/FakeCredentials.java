package io.stormcenter.workbench.honeycluster;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Fake, unique, attractive credentials from the plan's seed: the same seed and trip-wire give
 * the same values, different trip-wires different ones. They are well-formed (an AWS key id
 * looks like one) but come from this generator alone, never from a real account: every key id
 * ends in a check our generator computes, so {@link #isOurs} recognises its own fakes, and every
 * host lies under {@code .example} (RFC 2606), which never resolves.
 */
public final class FakeCredentials {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String AWS_SECRET = ALNUM + "/+";
    private static final String PASSWORD = ALNUM + "!#%*-_";

    private final SplittableRandom random;

    private FakeCredentials(SplittableRandom random) {
        this.random = random;
    }

    /** The generator for one trip-wire of a plan. */
    public static FakeCredentials forTripwire(long seed, String tripwireId) {
        long mixed = seed * 0x9E3779B97F4A7C15L;
        for (byte b : tripwireId.getBytes(StandardCharsets.UTF_8)) {
            mixed = (mixed ^ b) * 0x100000001B3L;
        }
        return new FakeCredentials(new SplittableRandom(mixed));
    }

    /** {@code AKIA} + 12 random base-32 characters + a 4-character check of ours. */
    public String awsAccessKeyId() {
        return plausible(() -> {
            String body = "AKIA" + pick(BASE32, 12);
            return body + check(body);
        });
    }

    public String awsSecretAccessKey() {
        return plausible(() -> pick(AWS_SECRET, 40));
    }

    public String password(int length) {
        return plausible(() -> pick(PASSWORD, length));
    }

    public String hex(int length) {
        return pick("0123456789abcdef", length);
    }

    /**
     * Something shaped like a Kubernetes service-account JWT (header.claims.signature); the
     * signature is random, so no API server accepts it.
     */
    public String bearerToken(String subject) {
        return plausible(() -> jwt(subject));
    }

    private String jwt(String subject) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"kid\":\"".concat(pick(ALNUM, 43)).concat("\"}")
                .getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"iss\":\"kubernetes/serviceaccount\",\"sub\":\"" + subject + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + pick(ALNUM + "-_", 342);
    }

    /** Whether an AWS-style key id came from this generator (its last four characters are our check). */
    public static boolean isOurs(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.length() != 20 || !accessKeyId.startsWith("AKIA")) {
            return false;
        }
        return accessKeyId.substring(16).equals(check(accessKeyId.substring(0, 16)));
    }

    private static String check(String body) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : ("ksc-workbench-fake:" + body).getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ b) * 0x100000001B3L;
        }
        StringBuilder out = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            out.append(BASE32.charAt((int) ((hash >>> (5 * i)) & 31)));
        }
        return out.toString();
    }

    /**
     * A value without a {@link TellTales} word: random letters spell "ksc" or "trap" now and
     * then, and an attacker must not read that in a credential. Draws again from the same
     * generator, so the result stays a function of seed and trip-wire.
     */
    private static String plausible(Supplier<String> draw) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            String value = draw.get();
            if (TellTales.clean(value)) {
                return value;
            }
        }
        throw new IllegalStateException("no clean value in 1000 draws: the alphabet cannot avoid the tell-tale words");
    }

    private String pick(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
