package io.stormcenter.workbench.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TripwireFormTest {

    @Test
    void a_honeytoken_needs_a_secret_and_a_known_flavor() {
        Map<String, String> errors = TripwireForm.check("tw-key", TripwireKind.HONEYTOKEN, Map.of("flavor", "ssh"), Set.of());
        assertThat(errors).containsEntry("secret", "Secret name is required")
                .containsEntry("flavor", "Flavor must be one of aws, kubeconfig, database, registry, generic");
    }

    @Test
    void a_bait_port_must_be_a_port_and_ids_must_be_unique_labels() {
        Map<String, String> errors = TripwireForm.check("TW 1", TripwireKind.BAIT,
                Map.of("workload", "ssh", "port", "70000"), Set.of());
        assertThat(errors).containsKeys("id", "port");
        assertThat(TripwireForm.check("tw-a", TripwireKind.K8S_EVENT, Map.of("reason", "BackOff"), Set.of("tw-a")))
                .containsEntry("id", "Another trip-wire already uses this id");
    }

    @Test
    void a_valid_form_builds_the_tripwire_without_blank_optional_fields() {
        Map<String, String> values = Map.of("function", "sys_setns", "binary", " ", "syscall", "true");
        assertThat(TripwireForm.check("tw-setns", TripwireKind.TETRAGON, values, Set.of())).isEmpty();
        Tripwire built = TripwireForm.build("tw-setns", TripwireKind.TETRAGON, values);
        assertThat(built.params()).containsOnlyKeys("function", "syscall");
    }

    @Test
    void the_catalogue_has_the_whole_microsoft_matrix_with_names() {
        TechniqueCatalogue catalogue = TechniqueCatalogue.builtIn();
        for (int i = 1; i <= 41; i++) {
            String id = String.format("MS-TA9%03d", i);
            assertThat(catalogue.find(id)).as(id).isPresent();
        }
        assertThat(catalogue.describe("MS-TA9010")).isEqualTo("SSH server running inside container (Microsoft Threat Matrix for Kubernetes)");
        assertThat(catalogue.find("CE_NSENTER")).isPresent();
        assertThat(catalogue.find("T1611")).map(Technique::name).contains("Escape to Host");
    }
}
