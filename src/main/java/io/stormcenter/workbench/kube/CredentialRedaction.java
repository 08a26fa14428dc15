package io.stormcenter.workbench.kube;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it reaches a message, a log or a record: the exact
 * secrets of the kubeconfig user in use (token, password, client key and certificate data), and
 * anything shaped like a credential (PEM blocks, bearer tokens, JWTs) whatever its origin.
 */
public final class CredentialRedaction {

    static final String MASK = "[redacted]";

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("-----BEGIN [A-Z0-9 ]+-----.*?(-----END [A-Z0-9 ]+-----|$)", Pattern.DOTALL),
            Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"));

    /** Secrets shorter than this are not masked verbatim: masking "a" would garble every message. */
    private static final int SHORTEST_SECRET = 6;

    private final List<String> secrets;

    public CredentialRedaction(Collection<String> secrets) {
        List<String> kept = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && secret.strip().length() >= SHORTEST_SECRET) {
                kept.add(secret.strip());
            }
        }
        // longest first, so a secret containing another is masked whole
        kept.sort((a, b) -> b.length() - a.length());
        this.secrets = List.copyOf(kept);
    }

    public static CredentialRedaction shapesOnly() {
        return new CredentialRedaction(List.of());
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        for (Pattern shape : SHAPES) {
            result = shape.matcher(result).replaceAll(MASK);
        }
        return result;
    }

    /** A copy that also masks these secrets. */
    public CredentialRedaction with(Collection<String> more) {
        List<String> all = new ArrayList<>(secrets);
        more.stream().filter(Objects::nonNull).forEach(all::add);
        return new CredentialRedaction(all);
    }
}
