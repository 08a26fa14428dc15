package io.stormcenter.workbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.ui.heat.CaptureReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window's report finds what was observed when the heat panel holds nothing. */
class ModelReportSourcesTest {

    @TempDir
    Path folder;

    @Test
    void with_nothing_in_the_heat_panel_the_store_beside_the_model_is_read_as_the_cli_does() throws Exception {
        // given the KubeCon sample saved with the demo capture's observations in the store beside it
        Path model = Files.copy(Path.of("sample-models", CaptureReplay.DEMO_MODEL), folder.resolve("kubecon.json"));
        AttackTree tree = TreeFiles.read(model).tree();
        List<Observation> recorded = CaptureReplay.replay(tree, Path.of("sample-models", CaptureReplay.DEMO_CAPTURE));
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.besideModel(model))) {
            store.add(recorded);
        }

        // when the heat panel holds nothing
        List<Observation> read = new ModelReportSources(List::of, () -> model).observations();

        // then the store's observations are the report's
        assertThat(read).hasSize(recorded.size());
        assertThat(new ModelReportSources(() -> recorded.subList(0, 3), () -> model).observations()).hasSize(3);
        assertThat(new ModelReportSources(List::of, () -> null).observations()).isEmpty();
    }
}
