package io.stormcenter.workbench.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.DeployedSecrets;
import io.stormcenter.workbench.stix.ShareFixtures;
import io.stormcenter.workbench.ui.heat.WindowChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import io.stormcenter.workbench.ui.report.ReportWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareViewModelTest {

    @TempDir
    Path folder;

    private final AttackTree tree = ShareFixtures.kubecon();
    private final List<ShareScope> asked = new ArrayList<>();
    private final ShareViewModel model = new ShareViewModel(() -> tree, (t, scope) -> {
        asked.add(scope);
        return ShareFixtures.sessions(t);
    }, Clock.fixed(ShareFixtures.T0.plusSeconds(86_400), ZoneOffset.UTC), Runnable::run, Runnable::run);

    @Test
    void what_is_saved_is_byte_for_byte_what_the_preview_shows() throws Exception {
        // when
        model.refresh();
        Path file = folder.resolve("shared.stix.json");
        model.save(file);

        // then
        assertThat(model.shareableProperty().get()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(model.previewProperty().get());
        assertThat(model.previewProperty().get()).doesNotContain(ShareFixtures.POD, ShareFixtures.ATTACKER,
                ShareFixtures.TOKEN, ShareFixtures.NODE);
        assertThat(model.summaryProperty().get()).startsWith("From the store beside the model, all recorded observations: 2 sessions, ").contains("public ones cut to their /24");
    }

    @Test
    void choices_make_the_bundle_again_for_their_store_window_gap_and_sender() {
        // given the defaults: the store beside the model, everything, the command's 30 minute gap
        model.refresh();
        assertThat(asked.get(0)).isEqualTo(new ShareScope(true, "", ReportWindow.ALL, Duration.ofMinutes(30)));

        // when the user picks another store, a window, a gap, a name and hashed addresses
        model.storeProperty().set("/var/lib/ksc/team.db");
        model.windowProperty().set(ReportWindow.DAY);
        model.gapProperty().set(ShareViewModel.Gap.FIVE_MINUTES);
        model.senderProperty().set("Team Blue");
        model.hashAddressesProperty().set(true);

        // then the last bundle was made for exactly those
        assertThat(asked.get(asked.size() - 1)).isEqualTo(new ShareScope(true, "/var/lib/ksc/team.db",
                ReportWindow.DAY, Duration.ofMinutes(5)));
        assertThat(model.previewProperty().get()).contains("\"name\" : \"Team Blue\"").contains("198.1");
        assertThat(model.summaryProperty().get()).startsWith("From /var/lib/ksc/team.db, last 24 hours of observations: ")
                .contains("keyed pseudo-addresses");

        // and the heat panel's observations can be shared instead
        model.fromStoreProperty().set(false);
        assertThat(asked.get(asked.size() - 1).fromStore()).isFalse();
        assertThat(model.summaryProperty().get()).startsWith("From the heat panel, ");
    }

    @Test
    void windows_end_at_the_newest_observation_so_a_recorded_capture_shares_too() {
        assertThat(ReportWindow.DAY.window(ShareFixtures.T0).from()).isEqualTo(
                ShareFixtures.T0.plusNanos(1).minus(Duration.ofHours(24)));
        assertThat(ReportWindow.WEEK.window(null)).isEqualTo(TimeWindow.ALL);
        assertThat(ShareViewModel.windowLike(WindowChoice.HOUR)).isEqualTo(ReportWindow.DAY);
        assertThat(ShareViewModel.windowLike(WindowChoice.LIVE)).isEqualTo(ReportWindow.ALL);
    }

    @Test
    void the_deployments_honeytoken_values_and_names_are_cut_out_as_the_cli_does() {
        // given a source that knows the deployment's secrets
        SessionSource deployedSource = new SessionSource() {
            @Override
            public List<io.stormcenter.workbench.heat.Session> sessions(AttackTree t, ShareScope scope) {
                return ShareFixtures.sessions(t);
            }

            @Override
            public DeployedSecrets deployed(AttackTree t) {
                return new DeployedSecrets(List.of(ShareFixtures.HONEYTOKEN), List.of(ShareFixtures.CLUSTER));
            }
        };
        ShareViewModel deployed = new ShareViewModel(() -> tree, deployedSource,
                Clock.fixed(ShareFixtures.T0.plusSeconds(86_400), ZoneOffset.UTC), Runnable::run, Runnable::run);

        // when
        deployed.refresh();

        // then
        assertThat(deployed.previewProperty().get()).isNotEmpty()
                .doesNotContain(ShareFixtures.HONEYTOKEN, ShareFixtures.CLUSTER);
    }

    @Test
    void with_no_sessions_there_is_nothing_to_save() {
        ShareViewModel empty = new ShareViewModel(() -> tree, (t, w) -> List.of(), Clock.systemUTC(), Runnable::run,
                Runnable::run);

        empty.refresh();

        assertThat(empty.shareableProperty().get()).isFalse();
        assertThat(empty.summaryProperty().get()).contains("nothing to share");
    }
}
