package io.stormcenter.workbench.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEventReaderTest {

    private final AuditEventReader reader = new AuditEventReader();

    @Test
    void an_event_list_from_the_webhook_gives_every_item_with_its_fields() {
        List<AuditEvent> events = reader.readList(Fixtures.text("audit-eventlist.json"));

        assertThat(events).hasSize(3);
        AuditEvent list = events.get(0);
        assertThat(list.apiVersion()).isNull();
        assertThat(list.verb()).isEqualTo("list");
        assertThat(list.stage()).isEqualTo("ResponseComplete");
        assertThat(list.auditId()).isEqualTo("3f1c2a9e-0b7d-4e55-9a61-5d0c7f2b8a11");
        assertThat(list.user().username()).isEqualTo("system:serviceaccount:ksc-demo:ci-deployer");
        assertThat(list.user().groups()).contains("system:serviceaccounts:ksc-demo");
        assertThat(list.user().extra()).containsEntry("authentication.kubernetes.io/pod-name", List.of("ssh-bait"));
        assertThat(list.objectRef().resource()).isEqualTo("secrets");
        assertThat(list.objectRef().namespace()).isEqualTo("ksc-demo");
        assertThat(list.objectRef().name()).isNull();
        assertThat(list.responseCode()).isEqualTo(200);
        assertThat(list.sourceIps()).containsExactly("10.42.0.17");
        assertThat(list.userAgent()).startsWith("kubectl/");
        assertThat(list.requestReceivedTimestamp()).isEqualTo(Instant.parse("2026-11-20T09:14:03.118204Z"));
        assertThat(list.annotations()).containsEntry("authorization.k8s.io/decision", "allow");
        assertThat(list.isCountedStage()).isTrue();
        assertThat(list.isDenied()).isFalse();
    }

    @Test
    void an_exec_is_counted_at_response_started_and_the_impersonated_user_is_the_actor() {
        AuditEvent exec = reader.readList(Fixtures.text("audit-eventlist.json")).get(1);

        assertThat(exec.objectRef().subresource()).isEqualTo("exec");
        assertThat(exec.isStreaming()).isTrue();
        assertThat(exec.isCountedStage()).isTrue();
        assertThat(exec.user().username()).isEqualTo("mallory");
        assertThat(exec.effectiveUsername()).isEqualTo("system:serviceaccount:ksc-demo:ci-deployer");
    }

    @Test
    void a_forbidden_request_is_marked_denied() {
        AuditEvent denied = reader.readList(Fixtures.text("audit-eventlist.json")).get(2);

        assertThat(denied.responseCode()).isEqualTo(403);
        assertThat(denied.isDenied()).isTrue();
    }

    @Test
    void a_single_event_reads_as_a_list_of_one() {
        String single = "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"auditID\":\"a\",\"stage\":\"ResponseComplete\","
                + "\"verb\":\"get\",\"user\":{\"username\":\"u\"},\"objectRef\":{\"resource\":\"secrets\"}}";

        assertThat(reader.readList(single)).singleElement().satisfies(e -> assertThat(e.verb()).isEqualTo("get"));
    }

    @Test
    void a_missing_verb_is_named_with_its_path_in_the_list() {
        String json = "{\"kind\":\"EventList\",\"items\":[{\"auditID\":\"a\",\"stage\":\"ResponseComplete\",\"user\":{}}]}";

        assertThatThrownBy(() -> reader.readList(json))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("audit event field 'items[0].verb': missing");
    }

    @Test
    void a_wrongly_typed_field_and_a_bad_timestamp_are_named() {
        String badCode = "{\"auditID\":\"a\",\"stage\":\"ResponseComplete\",\"verb\":\"get\",\"user\":{},"
                + "\"responseStatus\":{\"code\":\"teapot\"}}";
        String badTime = "{\"auditID\":\"a\",\"stage\":\"ResponseComplete\",\"verb\":\"get\",\"user\":{},"
                + "\"stageTimestamp\":\"yesterday\"}";

        assertThatThrownBy(() -> reader.read(badCode)).hasMessage(
                "audit event field 'responseStatus.code': expected an integer, found a string");
        assertThatThrownBy(() -> reader.read(badTime)).hasMessage(
                "audit event field 'stageTimestamp': not an RFC 3339 timestamp");
    }

    @Test
    void broken_json_and_a_non_object_are_refused_with_a_reason() {
        assertThatThrownBy(() -> reader.read("{\"verb\": ")).isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("audit event: not valid JSON (line 1");
        assertThatThrownBy(() -> reader.read("[1,2]")).hasMessage("audit event: expected a JSON object, found an array");
        assertThatThrownBy(() -> reader.read("{\"kind\":\"Pod\"}")).hasMessage(
                "audit event field 'kind': expected 'Event', found another kind");
    }
}
