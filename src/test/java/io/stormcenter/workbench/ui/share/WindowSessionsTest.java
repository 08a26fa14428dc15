package io.stormcenter.workbench.ui.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.FileReplay;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ReplaySpeed;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import io.stormcenter.workbench.ui.report.ReportWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's sessions come from the store the user names (or the heat panel), formed as the share command forms them. */
class WindowSessionsTest {

    private static final Duration GAP = Duration.ofMinutes(30);

    @TempDir
    Path folder;

    private Path model;
    private AttackTree tree;
    private Path store;
    private List<Observation> replayed;

    @BeforeEach
    void the_demo_capture_replayed_into_a_store_of_its_own() throws Exception {
        model = Files.copy(Path.of("sample-models/ksc-kubecon-2024.json"), folder.resolve("ksc-kubecon-2024.json"));
        tree = TreeFiles.read(model).tree();
        store = folder.resolve("elsewhere/team.db");
        Files.createDirectories(store.getParent());
        try (JdbcObservationStore observations = JdbcObservationStore.open(StoreLocation.file(store))) {
            new FileReplay(new Ingestion(observations, new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1))
                    .index(), Clock.systemUTC()), ReplaySpeed.parse("max"))
                    .replay(Path.of("sample-models/ksc-kubecon-2024.capture.jsonl"));
            replayed = observations.find(ObservationQuery.all());
        }
    }

    @Test
    void a_named_store_gives_the_sessions_the_share_command_counts_in_it() throws Exception {
        WindowSessions sessions = new WindowSessions(() -> model, List::of);

        List<Session> all = sessions.sessions(tree, new ShareScope(true, store.toString(), ReportWindow.ALL, GAP));

        // share --store elsewhere/team.db counts 6 sessions in the demo capture (DemoCaptureShareTest)
        assertThat(all).hasSize(6);
        assertThat(sessions.describe(new ShareScope(true, store.toString(), ReportWindow.ALL, GAP)))
                .contains(store.toString());
    }

    @Test
    void a_shorter_gap_and_window_change_what_is_shared() throws Exception {
        WindowSessions sessions = new WindowSessions(() -> model, List::of);
        ShareScope all = new ShareScope(true, store.toString(), ReportWindow.ALL, GAP);

        List<Session> lastDay = sessions.sessions(tree, new ShareScope(true, store.toString(), ReportWindow.DAY,
                GAP));
        List<Session> splitByMinutes = sessions.sessions(tree, new ShareScope(true, store.toString(),
                ReportWindow.ALL, Duration.ofSeconds(1)));

        assertThat(lastDay.size()).isLessThanOrEqualTo(sessions.sessions(tree, all).size());
        assertThat(splitByMinutes.size()).isGreaterThan(sessions.sessions(tree, all).size());
    }

    @Test
    void the_heat_panels_observations_share_as_the_store_they_came_from() throws Exception {
        WindowSessions sessions = new WindowSessions(() -> null, () -> replayed);

        List<Session> fromHeat = sessions.sessions(tree, new ShareScope(false, "", ReportWindow.ALL, GAP));

        assertThat(fromHeat).hasSize(6);
    }

    @Test
    void the_default_store_is_the_one_beside_the_model_and_a_missing_one_says_so() {
        WindowSessions sessions = new WindowSessions(() -> model, List::of);
        ShareScope beside = new ShareScope(true, "", ReportWindow.ALL, GAP);

        assertThat(sessions.describe(beside)).contains("ksc-kubecon-2024.observations.db");
        assertThatThrownBy(() -> sessions.sessions(tree, beside)).hasMessageContaining("there is no observation store at")
                .hasMessageContaining("ksc-kubecon-2024.observations.db");
        assertThatThrownBy(() -> new WindowSessions(() -> null, List::of).sessions(tree, beside))
                .hasMessageContaining("has not been saved");
    }
}
