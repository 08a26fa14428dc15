package io.stormcenter.workbench.report;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a report must never print from a plan: every value a Secret of the plan holds (the
 * honeytokens' fake credentials, the planted tokens), as written and decoded, and the data of the
 * ConfigMaps a token is planted in.
 */
public final class PlanSecrets {

    private PlanSecrets() {
    }

    public static Set<String> of(HoneyclusterPlan plan) {
        Set<String> secrets = new HashSet<>();
        Set<String> plantedIn = new HashSet<>();
        plan.plantedTokens().forEach(t -> {
            if (t.configMap() != null) {
                plantedIn.add(t.configMap());
            }
        });
        for (HasMetadata object : plan.objects()) {
            if (object instanceof Secret secret) {
                add(secrets, secret.getStringData(), false);
                add(secrets, secret.getData(), true);
            } else if (object instanceof ConfigMap map && plantedIn.contains(map.getMetadata().getName())) {
                add(secrets, map.getData(), false);
            }
        }
        return secrets;
    }

    private static void add(Set<String> secrets, Map<String, String> data, boolean base64) {
        if (data == null) {
            return;
        }
        for (String value : data.values()) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String text = value;
            if (base64) {
                try {
                    text = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                    secrets.add(value);
                } catch (IllegalArgumentException notBase64) {
                    text = value; // kept as written: a value that is not base64 is still a secret
                }
            }
            addCredentials(secrets, text);
        }
    }

    /**
     * A whole blob (a credentials file, a kubeconfig) and every credential-like word in it. Plain
     * words of the blob (a user name, "apiVersion: v1", a host) are left out: the report prints
     * names of objects and steps, and those may share such words without leaking anything.
     */
    private static void addCredentials(Set<String> secrets, String text) {
        if (text.contains("\n") && text.strip().length() >= 12) {
            secrets.add(text);
        }
        for (String word : text.split("[\\s=:,\"'\\[\\]{}]+")) {
            if (credentialLike(word)) {
                secrets.add(word);
            }
        }
    }

    /** At least 16 characters with letters and digits: a key, a secret, a token; not a name, region or port. */
    static boolean credentialLike(String word) {
        return word.length() >= 16 && word.chars().anyMatch(Character::isLetter)
                && word.chars().anyMatch(Character::isDigit);
    }
}
