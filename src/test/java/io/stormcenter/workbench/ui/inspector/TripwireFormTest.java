package io.stormcenter.workbench.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.TripwireCatalogue;
import io.stormcenter.workbench.honeycluster.TripwireParameter;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Technique;
import io.stormcenter.workbench.model.TechniqueCatalogue;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TripwireFormTest {

    private final TripwireCatalogue catalogue = new TripwireCatalogue();
    private final TripwireForm form = new TripwireForm(catalogue);

    static Stream<Tripwire> sampleTripwires() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            List<Path> models = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            List<Tripwire> all = new java.util.ArrayList<>();
            for (Path model : models) {
                for (Node node : TreeFiles.read(model).tree().nodes()) {
                    all.addAll(node.tripwires());
                }
            }
            return all.stream();
        }
    }

    /** What the dialog hands back when OK is pressed on a trip-wire nobody changed. */
    private Map<String, String> shownValues(Tripwire tripwire) {
        Map<String, String> values = new HashMap<>();
        for (TripwireParameter param : form.params(tripwire.kind())) {
            values.put(param.key(), tripwire.params().getOrDefault(param.key(), ""));
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource("sampleTripwires")
    void every_sample_tripwire_survives_the_form_unchanged_and_passes_its_check(Tripwire tripwire) {
        // given a shipped trip-wire opened in the form; when OK is pressed without a change
        Tripwire back = form.build(tripwire, tripwire.id(), tripwire.kind(), shownValues(tripwire));
        // then nothing is lost, and the form accepts what the catalogue accepts
        assertThat(back).isEqualTo(tripwire);
        assertThat(form.check(tripwire.id(), tripwire.kind(), shownValues(tripwire), Set.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TripwireKind.class)
    void the_form_shows_every_parameter_the_catalogue_accepts_and_no_other(TripwireKind kind) {
        for (TripwireParameter param : form.params(kind)) {
            // given one parameter of the form; when the catalogue parses a trip-wire that has it
            Tripwire one = new Tripwire("tw-x", kind, Map.of(param.key(), "x"));
            List<Problem> problems = catalogue.parse("n", one).problems();
            // then the catalogue does not call it unknown
            assertThat(problems).as(kind + " " + param.key()).noneMatch(p -> p.message().contains("not a parameter"));
        }
        Tripwire unknown = new Tripwire("tw-x", kind, Map.of("no-such-param", "x"));
        assertThat(catalogue.parse("n", unknown).problems()).anyMatch(p -> p.message().contains("not a parameter of "
                + kind.key() + " (expected " + form.params(kind).stream().map(TripwireParameter::key).sorted().toList()));
    }

    @Test
    void the_fields_that_used_to_be_lost_are_in_the_form() {
        assertThat(form.params(TripwireKind.TETRAGON)).extracting(TripwireParameter::key).contains("address", "scope");
        assertThat(form.params(TripwireKind.BAIT)).extracting(TripwireParameter::key).contains("image");
        assertThat(form.params(TripwireKind.FALCO)).filteredOn(p -> p.key().equals("priority"))
                .singleElement().extracting(TripwireParameter::choices).asList().contains("INFO");
    }

    @Test
    void a_parameter_the_form_does_not_show_is_kept_and_a_blank_field_removes_its_own() {
        // given a trip-wire with a parameter no form field shows
        Tripwire initial = new Tripwire("tw-a", TripwireKind.TETRAGON,
                Map.of("function", "tcp_connect", "address", "10.43.0.1", "x-note", "kept"));
        Map<String, String> values = shownValues(initial);
        values.put("address", " ");
        // when the form is confirmed with the address cleared
        Tripwire edited = form.build(initial, "tw-a", TripwireKind.TETRAGON, values);
        // then the unshown parameter stays and the cleared one goes
        assertThat(edited.params()).containsOnly(Map.entry("function", "tcp_connect"), Map.entry("x-note", "kept"));
        // and a changed kind starts afresh
        assertThat(form.build(initial, "tw-a", TripwireKind.K8S_EVENT, Map.of("reason", "BackOff")).params())
                .containsOnlyKeys("reason");
    }

    @Test
    void a_honeytoken_needs_a_secret_and_a_known_flavor() {
        Map<String, String> errors = form.check("tw-key", TripwireKind.HONEYTOKEN, Map.of("flavor", "ssh"), Set.of());
        assertThat(errors).containsEntry("secret", "Secret name: missing")
                .containsEntry("flavor", "Flavor: 'ssh' is not one of [aws, kubeconfig, database, registry, generic]");
    }

    @Test
    void a_bait_port_must_be_a_port_and_ids_must_be_unique_labels() {
        Map<String, String> errors = form.check("TW 1", TripwireKind.BAIT,
                Map.of("workload", "ssh", "port", "70000"), Set.of());
        assertThat(errors).containsKeys("id", "port");
        assertThat(form.check("tw-a", TripwireKind.K8S_EVENT, Map.of("reason", "BackOff"), Set.of("tw-a")))
                .containsEntry("id", "Another trip-wire already uses this id");
    }

    @Test
    void a_valid_form_builds_the_tripwire_without_blank_optional_fields() {
        Map<String, String> values = Map.of("function", "sys_setns", "binary", " ", "syscall", "true");
        assertThat(form.check("tw-setns", TripwireKind.TETRAGON, values, Set.of())).isEmpty();
        Tripwire built = form.build(null, "tw-setns", TripwireKind.TETRAGON, values);
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
