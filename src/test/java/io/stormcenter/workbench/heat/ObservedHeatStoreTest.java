package io.stormcenter.workbench.heat;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservedHeatStoreTest {

    @Test
    void heat_from_the_store_counts_only_the_windows_observations_and_is_the_same_every_time(@TempDir Path dir) {
        // given two sessions stored, one an hour after the other, with their matches
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "203.0.113.7", "a")
                .audit(5, "mallory", "203.0.113.7", "b").audit(90, "eve", "198.51.100.9", "a");
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(dir.resolve("obs.db")))) {
            store.add(stream.all());
            SessionRules rules = SessionRules.defaults(List.of());

            // when
            ObservedHeat all = ObservedHeat.compute(store, HeatTrees.gates(), rules, TimeWindow.ALL);
            ObservedHeat again = ObservedHeat.compute(store, HeatTrees.gates(), rules, TimeWindow.ALL);
            ObservedHeat late = ObservedHeat.compute(store, HeatTrees.gates(), rules,
                    new TimeWindow(ObservationStream.at(60), null));

            // then
            assertThat(all.heat().edge("steps", "a")).isEqualTo(2);
            assertThat(all.heat().edge("steps", "b")).isEqualTo(1);
            assertThat(all).isEqualTo(again);
            assertThat(late.heat().sessions()).isEqualTo(1);
            assertThat(late.heat().edges()).containsExactly(new HeatEdge("steps", "a", 1));
            assertThat(late.sessions()).singleElement().satisfies(s -> assertThat(s.observations()).hasSize(1));
        }
    }
}
