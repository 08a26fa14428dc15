package io.stormcenter.workbench.stix;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * What a deployment knows that must never be shared: the honeytokens' fake credentials (recompiled
 * from the plan as deployed: the same seed gives the same values; the canary service accounts' tokens
 * are minted by the cluster and caught as JWTs by {@link Anonymiser}), and the names
 * that identify the cluster (namespace, context, API server host, the deployed objects' names).
 */
public record DeployedSecrets(List<String> secrets, List<String> names) {

    public static final DeployedSecrets NONE = new DeployedSecrets(List.of(), List.of());

    public DeployedSecrets {
        secrets = List.copyOf(secrets);
        names = List.copyOf(names);
    }

    public static DeployedSecrets of(DeploymentRecord record) {
        List<String> secrets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        add(names, record.namespace());
        add(names, record.context());
        add(names, host(record.server()));
        if (record.plan() != null) {
            try {
                HoneyclusterPlan plan = new HoneyclusterCompiler().compile(record.plan().tree(), record.plan().options());
                for (HasMetadata object : plan.objects()) {
                    add(names, object.getMetadata() == null ? null : object.getMetadata().getName());
                    if (object instanceof Secret secret) {
                        values(secret.getStringData(), false, secrets);
                        values(secret.getData(), true, secrets);
                    }
                }
            } catch (PlanRefusedException | RuntimeException refused) {
                // a plan that no longer compiles has no values to protect beyond the names above
            }
        }
        return new DeployedSecrets(secrets, names);
    }

    /** These and the share options' own, for one export. */
    public ShareOptions into(ShareOptions options) {
        List<String> allNames = new ArrayList<>(options.names());
        allNames.addAll(names);
        List<String> allSecrets = new ArrayList<>(options.secrets());
        allSecrets.addAll(secrets);
        return new ShareOptions(options.sender(), options.hashAddresses(), allNames, allSecrets);
    }

    private static void values(Map<String, String> data, boolean base64, List<String> out) {
        if (data == null) {
            return;
        }
        for (String value : data.values()) {
            if (value == null) {
                continue;
            }
            String text = value;
            if (base64) {
                try {
                    text = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException notBase64) {
                    text = value;
                }
            }
            add(out, text);
            // a credentials file (key = value lines): each value on its own too
            for (String line : text.split("\\R")) {
                int eq = line.indexOf('=');
                String part = eq >= 0 ? line.substring(eq + 1).strip() : "";
                if (part.length() >= 8) {
                    add(out, part);
                }
            }
        }
    }

    private static String host(String server) {
        try {
            return server == null ? null : URI.create(server).getHost();
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static void add(List<String> out, String value) {
        if (value != null && value.length() >= 4 && !out.contains(value)) {
            out.add(value);
        }
    }
}
