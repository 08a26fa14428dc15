package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnonymiserTest {

    private static final String HONEYTOKEN = "pg-Hx7uQ2rLm9Vw";

    private static Anonymiser keyed(String key, Anonymiser.AddressMode mode) {
        return new Anonymiser(key.getBytes(StandardCharsets.UTF_8), mode, List.of("hunter2-secret", HONEYTOKEN));
    }

    private final Anonymiser truncating = keyed("k", Anonymiser.AddressMode.TRUNCATE);

    @Test
    void hashed_addresses_agree_within_one_export_and_differ_between_exports() {
        Anonymiser one = keyed("export-one", Anonymiser.AddressMode.HASH);
        Anonymiser other = keyed("export-two", Anonymiser.AddressMode.HASH);

        assertThat(one.address("203.0.113.57")).isEqualTo(one.address("203.0.113.57")).matches("198\\.1[89]\\.\\d+\\.\\d+");
        assertThat(one.address("203.0.113.57")).isNotEqualTo(other.address("203.0.113.57"));
        assertThat(one.address("2001:db8:85a3:8d3:1319:8a2e:370:7348")).startsWith("2001:db8:")
                .doesNotContain("85a3", "/48");
    }

    @Test
    void public_addresses_are_truncated_to_their_network_by_default() {
        assertThat(truncating.address("203.0.113.57")).isEqualTo("203.0.113.0/24");
        assertThat(truncating.address("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3::/48");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.42.0.15", "10.43.0.1", "172.20.3.4", "192.168.49.2", "100.64.12.7", "127.0.0.1",
        "169.254.169.254", "fd00:10:244::17", "fe80::1%eth0", "::1", "::ffff:10.42.0.15"})
    void cluster_internal_addresses_are_never_published_even_as_their_network(String internal) {
        String published = truncating.address(internal);

        assertThat(published).as(internal).matches("198\\.1[89]\\.\\d+\\.\\d+|2001:db8:[0-9a-f:]+")
                .doesNotContain("/");
        assertThat(truncating.address(internal)).isEqualTo(published);
        assertThat(keyed("another export", Anonymiser.AddressMode.TRUNCATE).address(internal)).isNotEqualTo(published);
    }

    @Test
    void addresses_in_free_text_are_found_in_both_families() {
        String scrubbed = truncating.scrub("curl http://10.43.0.1:443/api; ping6 fd00:10:244::17; nc 203.0.113.9 22;"
                + " ssh [2001:db8:85a3::7]:2222");

        assertThat(scrubbed).doesNotContain("10.43.", "fd00:", "203.0.113.9", "85a3::7")
                .contains("203.0.113.0/24", "2001:db8:85a3::/48").matches(".*http://198\\.1[89]\\.\\d+\\.\\d+:443/api.*");
    }

    @Test
    void free_text_loses_credentials_tokens_and_secret_values_but_keeps_paths() {
        assertThat(truncating.scrub("curl -H 'Authorization: Bearer abc.def' --password=hunter2 https://203.0.113.1/api"))
                .isEqualTo("curl -H 'Authorization: Bearer [redacted]' --password=[redacted] https://203.0.113.0/24/api");
        assertThat(truncating.scrub("echo hunter2-secret > /tmp/x; cat /etc/kubernetes/pki/apiserver.key"))
                .isEqualTo("echo [redacted] > /tmp/x; cat /etc/kubernetes/pki/apiserver.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kubectl --token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2EifQ.c2lnbmF0dXJl get pods",
        "psql postgres://billing:Qw3rTy-9z@db:5432/app",
        "env PGPASSWORD=Qw3rTy-9z psql -h db",
        "aws configure set aws_secret_access_key wJalrXUtnFEMIbK7MDENGbPxRfiCYEXAMPLEKEY",
        "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIbK7MDENGbPxRfiCYEXAMPLEKEY",
        "aws s3 ls --access-key AKIAIOSFODNN7EXAMPLE",
        "curl -H 'X-Api-Key: 9f8e7d6c5b4a' https://example.org",
        "curl -u admin:Qw3rTy-9z -H 'Authorization: Basic YWRtaW46cGFzcw==' https://example.org",
        "echo -----BEGIN RSA PRIVATE KEY-----MIIEowIBAAKCAQEA-----END RSA PRIVATE KEY----- > k"})
    void credentials_of_known_shapes_are_cut_whoever_they_belong_to(String line) {
        String scrubbed = truncating.scrub(line);

        assertThat(scrubbed).contains(Anonymiser.REDACTED).doesNotContain("Qw3rTy-9z", "eyJzdWIi", "wJalrXUtnFEMI",
                "AKIAIOSFODNN7", "9f8e7d6c5b4a", "YWRtaW46", "MIIEowIBAAKCAQEA");
    }

    @Test
    void the_deployments_secret_values_are_cut_also_when_base64_encoded() {
        String encoded = Base64.getEncoder().encodeToString(HONEYTOKEN.getBytes(StandardCharsets.UTF_8));

        assertThat(truncating.scrub("echo " + encoded + " | base64 -d; psql \"password=" + HONEYTOKEN + "\""))
                .doesNotContain(encoded, HONEYTOKEN, "Hx7uQ2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/usr/local/lib/python3.10/dist-packages/kubernetes/client/api_client.py",
        "/run/secrets/kubernetes.io/serviceaccount/..2024_03_20_09_00_12.3115319183/token",
        "/usr/bin/python3 -c from kubernetes import client, config; config.load_incluster_config();"
            + " print(client.CoreV1Api().list_namespaced_pod('default'))",
        "technique T1552.007 MS-TA9016 seen by sensor 4b7371b1104abe7634abc1c6f00d04a9ab79145d6093bec2783933a206afc632",
        "/bin/ln -sf /etc/kubernetes/pki/apiserver.key /var/log/host/pods/kube-system_etcd-0/etcd/0.log",
        "kubelet --token-file=/var/lib/kubelet/token --client-ca-file=/etc/kubernetes/pki/ca.crt",
        "/usr/bin/nsenter -t 1 -m -u -i -n -p -- bash -c 'cat /etc/kubernetes/admin.conf | base64 -w0 > /tmp/out'",
        "kubectl get secrets -n default -o jsonpath={.items[*].metadata.name} --sort-by=.metadata.creationTimestamp",
        "java -XX:+UseG1GC -jar /opt/app/service-2.3.1-SNAPSHOT-jar-with-dependencies.jar --spring.profiles.active=prod"})
    void useful_text_without_secrets_is_kept_as_it_is(String line) {
        assertThat(truncating.scrub(line)).isEqualTo(line);
    }

    @Test
    void names_become_pseudonyms_everywhere_they_appear_as_whole_words() {
        assertThat(truncating.pseudonym("pod", "checkout-ssh-7d9f")).isEqualTo("pod-1");
        assertThat(truncating.pseudonym("pod", "billing-0")).isEqualTo("pod-2");
        assertThat(truncating.pseudonym("pod", "checkout-ssh-7d9f")).isEqualTo("pod-1");
        assertThat(truncating.pseudonym("node", "worker-1")).isEqualTo("node-1");
        assertThat(truncating.pseudonym("namespace", "kube-system")).isEqualTo("kube-system");

        assertThat(truncating.scrub("kubectl exec checkout-ssh-7d9f -- sh")).isEqualTo("kubectl exec pod-1 -- sh");
        assertThat(truncating.scrub("ssh worker-1.internal; cat /var/log/pods/ns_billing-0_uid/x.log"))
                .isEqualTo("ssh node-1.internal; cat /var/log/pods/ns_pod-2_uid/x.log");
        assertThat(truncating.scrub("/opt/worker-10/bin/run rebilling-0")).isEqualTo("/opt/worker-10/bin/run rebilling-0");
    }
}
