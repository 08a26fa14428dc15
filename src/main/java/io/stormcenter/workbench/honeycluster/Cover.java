package io.stormcenter.workbench.honeycluster;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * What a deployment looks like from inside the cluster: a team's application with an ordinary
 * namespace and ordinary labels ({@code app.kubernetes.io/part-of}, {@code instance}), chosen
 * from the model id and the seed, so the same model and seed always look the same, and two
 * models or two seeds look like different teams. No value holds a {@link TellTales} word.
 *
 * @param application the application the namespace seems to run, e.g. {@code payments}
 * @param namespace   the default honey namespace, e.g. {@code payments-prod}
 * @param label       the deployment's own label; its value ends in hex digits unique to model and seed
 */
public record Cover(String application, String namespace, DeploymentLabel label) {

    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String INSTANCE = "app.kubernetes.io/instance";

    private static final List<String> APPLICATIONS = List.of("payments", "orders", "billing", "checkout", "inventory",
            "shipping", "ledger", "catalog", "invoicing", "notifications", "search", "reporting", "accounts", "pricing",
            "fulfillment", "loyalty", "customer-portal", "data-export", "settlements", "analytics", "recommendations",
            "subscriptions", "onboarding", "partner-api");
    private static final List<String> STAGES = List.of("prod", "production", "live", "backend", "services", "platform",
            "core", "api");

    public Cover {
        for (String value : List.of(application, namespace, label.key(), label.value())) {
            if (!TellTales.clean(value)) {
                throw new IllegalArgumentException("a cover value gives the deployment away: " + value);
            }
        }
    }

    /** The cover of a model deployed with a seed. */
    public static Cover of(String modelId, long seed) {
        String id = modelId == null ? "" : modelId;
        long mixed = seed * 0x9E3779B97F4A7C15L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            mixed = (mixed ^ b) * 0x100000001B3L;
        }
        SplittableRandom random = new SplittableRandom(mixed);
        String application = APPLICATIONS.get(random.nextInt(APPLICATIONS.size()));
        String stage = STAGES.get(random.nextInt(STAGES.size()));
        // hex digits cannot spell a tell-tale word; five of them keep two deployments' labels apart
        String instance = application + "-" + ObjectLabels.shortHash(id + ":" + seed).substring(0, 5);
        return new Cover(application, application + "-" + stage, new DeploymentLabel(INSTANCE, instance));
    }

    /** The labels every object of the deployment carries, in key order. */
    public Map<String, String> labels() {
        Map<String, String> labels = new TreeMap<>();
        labels.put(PART_OF, application);
        labels.put(label.key(), label.value());
        return labels;
    }
}
