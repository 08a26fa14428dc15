package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymiserTest {

    private static Anonymiser keyed(String key, Anonymiser.AddressMode mode) {
        return new Anonymiser(key.getBytes(StandardCharsets.UTF_8), mode, List.of("hunter2-secret"));
    }

    @Test
    void hashed_addresses_agree_within_one_export_and_differ_between_exports() {
        Anonymiser one = keyed("export-one", Anonymiser.AddressMode.HASH);
        Anonymiser other = keyed("export-two", Anonymiser.AddressMode.HASH);

        assertThat(one.address("203.0.113.57")).isEqualTo(one.address("203.0.113.57")).startsWith("198.1");
        assertThat(one.address("203.0.113.57")).isNotEqualTo(other.address("203.0.113.57"));
        assertThat(keyed("k", Anonymiser.AddressMode.TRUNCATE).address("2001:db8:85a3:8d3:1319:8a2e:370:7348"))
                .isEqualTo("2001:db8:85a3::/48");
    }

    @Test
    void free_text_loses_credentials_tokens_and_secret_values_but_keeps_paths() {
        Anonymiser anonymiser = keyed("k", Anonymiser.AddressMode.TRUNCATE);

        assertThat(anonymiser.scrub("curl -H 'Authorization: Bearer abc.def' --password=hunter2 https://10.96.0.1/api"))
                .isEqualTo("curl -H 'Authorization: Bearer [redacted] --password=[redacted] https://10.96.0.0/24/api");
        assertThat(anonymiser.scrub("echo hunter2-secret > /tmp/x; cat /etc/kubernetes/pki/apiserver.key"))
                .isEqualTo("echo [redacted] > /tmp/x; cat /etc/kubernetes/pki/apiserver.key");
    }

    @Test
    void names_become_pseudonyms_everywhere_they_appear() {
        Anonymiser anonymiser = keyed("k", Anonymiser.AddressMode.TRUNCATE);

        assertThat(anonymiser.pseudonym("pod", "checkout-ssh-7d9f")).isEqualTo("pod-1");
        assertThat(anonymiser.pseudonym("pod", "billing-0")).isEqualTo("pod-2");
        assertThat(anonymiser.pseudonym("pod", "checkout-ssh-7d9f")).isEqualTo("pod-1");
        assertThat(anonymiser.scrub("kubectl exec checkout-ssh-7d9f -- sh")).isEqualTo("kubectl exec pod-1 -- sh");
    }
}
