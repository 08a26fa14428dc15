package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StixIdsTest {

    @Test
    void uuid_v5_matches_the_rfc_4122_reference_value() {
        // given the DNS namespace of RFC 4122 appendix C and the name Python's uuid docs use
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        // then the value every UUIDv5 implementation gives
        assertThat(StixIds.v5(dns, "python.org")).isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
        assertThat(StixIds.v5(dns, "python.org").version()).isEqualTo(5);
    }

    @Test
    void the_same_model_and_node_always_get_the_same_id_and_others_differ() {
        String first = StixIds.of("attack-pattern", "ksc-kubecon-2024", "ssh-bait");

        assertThat(StixIds.of("attack-pattern", "ksc-kubecon-2024", "ssh-bait")).isEqualTo(first);
        assertThat(StixIds.of("attack-pattern", "secret-theft", "ssh-bait")).isNotEqualTo(first);
        assertThat(StixIds.of("attack-pattern", "ksc-kubecon-2024", "ssh")).isNotEqualTo(first);
        // the parts are separated: ("a", "bc") is not ("ab", "c")
        assertThat(StixIds.of("attack-pattern", "a", "bc")).isNotEqualTo(StixIds.of("attack-pattern", "ab", "c"));
        assertThat(StixIds.valid(first, "attack-pattern")).isTrue();
    }

    @Test
    void ids_are_valid_only_for_their_own_type_and_a_real_uuid() {
        assertThat(StixIds.valid("indicator--09e9382e-d599-4f93-b987-83145f44e948", "indicator")).isTrue();
        assertThat(StixIds.valid("indicator--09e9382e-d599-4f93-b987-83145f44e948", "attack-pattern")).isFalse();
        assertThat(StixIds.valid("attack-pattern--abcd1234-efgh-5678-ijkl-910mnopqrst", "attack-pattern")).isFalse();
        assertThat(StixIds.valid("bundle--MITRE1611", "bundle")).isFalse();
        assertThat(StixIds.typeOf("relationship--1")).isEqualTo("relationship");
        assertThat(StixIds.typeOf("nothing")).isEmpty();
    }
}
