package io.stormcenter.workbench.heat;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
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

    @Test
    void a_stored_event_heats_the_step_that_carries_its_trip_wire_in_the_tree_as_it_is_now(@TempDir Path dir) {
        // given an event matched while tw-a was on a, and the tree after the user moved tw-a to d
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "203.0.113.7", "a");
        AttackTree drawn = HeatTrees.gates();
        AttackTree moved = drawn.withNode(drawn.node("a").withTripwires(List.of()))
                .withNode(drawn.node("d").withTripwires(drawn.node("a").tripwires()));
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(dir.resolve("obs.db")))) {
            store.add(stream.all());
            SessionRules rules = SessionRules.defaults(List.of());

            // when heat is read from the store (as heat, sessions and report do) and from the list (as the window)
            ObservedHeat fromStore = ObservedHeat.compute(store, moved, rules, TimeWindow.ALL);
            ObservedHeat fromList = ObservedHeat.of(moved, rules, TimeWindow.ALL, stream.all());

            // then the event proves d, not a, both ways
            assertThat(fromStore.heat().edges()).containsExactly(new HeatEdge("both", "d", 1));
            assertThat(fromList.heat()).isEqualTo(fromStore.heat());
        }
    }
}
