package io.stormcenter.workbench.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialRedactionTest {

    @Test
    void known_secrets_and_credential_shapes_are_masked() {
        CredentialRedaction redaction = new CredentialRedaction(List.of("my-static-token-42", "a"));

        String masked = redaction.apply("token my-static-token-42 failed; Authorization: Bearer abc.def-ghi; "
                + "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE----- and eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig");

        assertThat(masked).doesNotContain("my-static-token-42").doesNotContain("abc.def-ghi")
                .doesNotContain("MIIB").doesNotContain("eyJhbGci")
                .contains("failed").contains(CredentialRedaction.MASK);
    }

    @Test
    void very_short_secrets_are_not_masked_verbatim_so_messages_stay_readable() {
        CredentialRedaction redaction = new CredentialRedaction(List.of("a"));

        assertThat(redaction.apply("a namespace")).isEqualTo("a namespace");
    }
}
