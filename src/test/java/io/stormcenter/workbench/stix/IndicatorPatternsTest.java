package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorPatternsTest {

    @Test
    void a_command_line_regex_of_literals_becomes_a_falco_glob() {
        assertThat(IndicatorPatterns.regexToFalco("^/usr/bin/nsenter --mount=/proc/1/ns/mnt.*"))
                .isEqualTo("proc.cmdline glob \"/usr/bin/nsenter --mount=/proc/1/ns/mnt*\"");
        assertThat(IndicatorPatterns.regexToFalco("kubectl logs .*"))
                .isEqualTo("proc.cmdline glob \"*kubectl logs *\"");
        assertThat(IndicatorPatterns.regexToFalco("^cat /etc/shadow$"))
                .isEqualTo("proc.cmdline glob \"cat /etc/shadow\"");
    }

    @Test
    void a_regex_falco_cannot_say_becomes_its_longest_literal() {
        assertThat(IndicatorPatterns.regexToFalco("^(curl|wget) http://169\\.254\\.169\\.254/latest.*"))
                .isEqualTo("proc.cmdline contains \" http://169\"");
    }

    @Test
    void a_kubernetes_object_pattern_becomes_an_audit_rule_and_says_what_it_assumed() {
        var mapped = IndicatorPatterns.tripwireOf("HostPath PV Creation",
                StixPattern.parse("[kubernetes-persistent-volume:spec.hostPath.path EXISTS]")).orElseThrow();

        assertThat(mapped.kind()).isEqualTo(TripwireKind.AUDIT);
        assertThat(mapped.params()).containsEntry("verbs", "create").containsEntry("resource", "persistentvolumes");
        assertThat(mapped.assumption()).contains("no verb");
    }

    @Test
    void a_network_pattern_maps_to_no_trip_wire() {
        assertThat(IndicatorPatterns.tripwireOf("ssh", StixPattern.parse(
                "[network-traffic:protocols[*] = 'ssh' AND network-traffic:dst_port = 22]"))).isEmpty();
    }

    @Test
    void every_exported_pattern_reads_back_as_the_same_kind() {
        Map<TripwireKind, Tripwire> examples = Map.of(
                TripwireKind.AUDIT, new Tripwire("a", TripwireKind.AUDIT,
                        Map.of("verbs", "get,list", "resource", "secrets", "namespace", "payments-prod", "name", "db-*")),
                TripwireKind.TETRAGON, new Tripwire("t", TripwireKind.TETRAGON,
                        Map.of("function", "inet_csk_accept", "binary", "/usr/sbin/sshd")),
                TripwireKind.FALCO, new Tripwire("f", TripwireKind.FALCO, Map.of("rule", "Terminal shell in container")),
                TripwireKind.K8S_EVENT, new Tripwire("e", TripwireKind.K8S_EVENT, Map.of("reason", "BackOff", "kind", "Pod")),
                TripwireKind.KUBESCAPE, new Tripwire("k", TripwireKind.KUBESCAPE, Map.of("rule", "R0001")),
                TripwireKind.CANARY_SERVICE_ACCOUNT, new Tripwire("c", TripwireKind.CANARY_SERVICE_ACCOUNT,
                        Map.of("name", "billing-sync")));

        examples.forEach((kind, tripwire) -> {
            String pattern = IndicatorPatterns.patternOf(tripwire);
            var back = IndicatorPatterns.tripwireOf("x", StixPattern.parse(pattern));
            assertThat(back).as(pattern).isPresent();
            assertThat(back.get().kind()).as(pattern).isEqualTo(kind);
        });
        assertThat(IndicatorPatterns.tripwireOf("x", StixPattern.parse(IndicatorPatterns.patternOf(
                examples.get(TripwireKind.AUDIT)))).orElseThrow().params())
                .containsEntry("verbs", "get,list").containsEntry("resource", "secrets")
                .containsEntry("namespace", "payments-prod").containsEntry("name", "db-*");
    }

    @Test
    void string_literals_escape_quotes_and_backslashes() {
        String pattern = "[process:command_line = " + StixPattern.quote("echo 'a\\b'") + "]";

        assertThat(pattern).isEqualTo("[process:command_line = 'echo \\'a\\\\b\\'']");
        assertThat(StixPattern.parse(pattern).find("process", "command_line").value()).isEqualTo("echo 'a\\b'");
    }
}
