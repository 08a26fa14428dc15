package io.stormcenter.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.Estimates;
import org.junit.jupiter.api.Test;

class AttackerProfileTest {

    @Test
    void built_ins_start_with_the_unlimited_profile_and_each_says_why() {
        assertThat(AttackerProfile.builtIns()).first().isEqualTo(AttackerProfile.UNLIMITED);
        assertThat(AttackerProfile.builtIns()).extracting(AttackerProfile::id)
                .containsExactly("any", "script-kiddie", "cybercriminal", "insider", "nation-state");
        assertThat(AttackerProfile.builtIns()).allSatisfy(p -> assertThat(p.rationale()).isNotBlank());
    }

    @Test
    void profiles_are_found_by_id_or_name_in_any_case() {
        assertThat(AttackerProfile.byId("nation-state")).contains(AttackerProfile.NATION_STATE);
        assertThat(AttackerProfile.byId("Script Kiddie")).contains(AttackerProfile.SCRIPT_KIDDIE);
        assertThat(AttackerProfile.byId("INSIDER")).contains(AttackerProfile.INSIDER);
        assertThat(AttackerProfile.byId("martian")).isEmpty();
    }

    @Test
    void a_leaf_is_affordable_when_every_known_value_is_within_the_limits() {
        AttackerProfile kiddie = AttackerProfile.SCRIPT_KIDDIE;

        assertThat(kiddie.canAfford(Estimates.of(0.5, 100, 8, 2))).isTrue();
        assertThat(kiddie.canAfford(Estimates.of(0.5, 101, 8, 2))).isFalse();
        assertThat(kiddie.canAfford(Estimates.of(0.5, 100, 8.5, 2))).isFalse();
        assertThat(kiddie.canAfford(Estimates.of(0.5, 100, 8, 3))).isFalse();
        assertThat(kiddie.canAfford(Estimates.NONE)).as("unknown values do not prune").isTrue();
    }
}
