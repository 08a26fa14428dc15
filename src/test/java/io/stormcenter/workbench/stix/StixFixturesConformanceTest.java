package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.FileSignature;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Storm Center's own STIX bundle from ../shared/fixtures: recognised, imported, its oddities named. */
class StixFixturesConformanceTest {

    @Test
    void the_ksc_tetragon_observable_bundle_is_recognised_and_imports_without_error() throws Exception {
        Path file = SharedFixtures.file("stix/ksc-tetragon-observable.json");
        byte[] content = Files.readAllBytes(file);

        StixImport imported = StixFormat.importModel(content, file.toString());

        assertThat(new StixFormat(java.time.Clock.systemUTC()).recognises(FileSignature.of(content))).isTrue();
        // it holds observations, not an attack model: an empty model that says so, and the bends it has
        assertThat(imported.tree().root().label()).contains("no intrusion set or attack pattern");
        assertThat(imported.oddities())
                .anyMatch(l -> l.startsWith("bundles with spec_version"))
                .anyMatch(l -> l.startsWith("ids that are not type--UUID: file--3c4b7b8c-2e6e-4c8b-bc5e-7c2e4b5a2d3l"))
                .anyMatch(l -> l.startsWith("objects without spec_version: observed-data--"))
                .anyMatch(l -> l.startsWith("objects that are not part of an attack model (left out): process, file,"
                        + " observed-data"));
    }
}
