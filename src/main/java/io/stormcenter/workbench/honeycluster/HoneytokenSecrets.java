package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** The Secret of a honeytoken: what each flavor holds, in the files an attacker expects. */
final class HoneytokenSecrets {

    private HoneytokenSecrets() {
    }

    static Secret secret(TripwireParams.Honeytoken token, String namespace, Map<String, String> labels,
                         FakeCredentials fake) {
        Map<String, String> data = new TreeMap<>();
        String type = "Opaque";
        switch (token.flavor()) {
            case AWS -> {
                data.put("credentials", "[default]\naws_access_key_id = " + fake.awsAccessKeyId()
                        + "\naws_secret_access_key = " + fake.awsSecretAccessKey() + "\n\n[billing-export]\n"
                        + "aws_access_key_id = " + fake.awsAccessKeyId() + "\naws_secret_access_key = "
                        + fake.awsSecretAccessKey() + "\n");
                data.put("config", "[default]\nregion = eu-central-1\noutput = json\n");
            }
            case KUBECONFIG -> data.put("config", kubeconfig(fake));
            case DATABASE -> {
                String password = fake.password(24);
                data.put("DB_HOST", "orders-db.prod.internal.example");
                data.put("DB_PORT", "5432");
                data.put("DB_NAME", "orders");
                data.put("DB_USER", "orders_admin");
                data.put("DB_PASSWORD", password);
                data.put(".pgpass", "orders-db.prod.internal.example:5432:orders:orders_admin:" + password + "\n");
            }
            case REGISTRY -> {
                type = "kubernetes.io/dockerconfigjson";
                String user = "ci-push-" + fake.hex(4);
                String password = fake.password(32);
                String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
                data.put(".dockerconfigjson", "{\"auths\":{\"registry.prod.internal.example\":{\"username\":\"" + user
                        + "\",\"password\":\"" + password + "\",\"auth\":\"" + auth + "\"}}}");
            }
            case GENERIC -> {
                data.put("api-key", "sk_live_" + fake.hex(32));
                data.put("admin-password", fake.password(20));
            }
        }
        return new SecretBuilder()
                .withNewMetadata().withName(token.secret()).withNamespace(namespace).withLabels(labels).endMetadata()
                .withType(type)
                .withStringData(data)
                .build();
    }

    /** The file names a mount exposes: a registry's {@code .dockerconfigjson} becomes {@code config.json}. */
    static Map<String, String> mountedFiles(HoneytokenFlavor flavor) {
        return flavor == HoneytokenFlavor.REGISTRY ? Map.of(".dockerconfigjson", "config.json") : Map.of();
    }

    private static String kubeconfig(FakeCredentials fake) {
        String token = fake.bearerToken("system:serviceaccount:platform:cluster-admin-sync");
        return "apiVersion: v1\nkind: Config\nclusters:\n- name: prod-eu-central-1\n  cluster:\n"
                + "    server: https://k8s-api.prod.internal.example:6443\n    insecure-skip-tls-verify: true\n"
                + "contexts:\n- name: prod-admin\n  context:\n    cluster: prod-eu-central-1\n    user: cluster-admin-sync\n"
                + "    namespace: default\ncurrent-context: prod-admin\nusers:\n- name: cluster-admin-sync\n  user:\n"
                + "    token: " + token + "\n";
    }
}
