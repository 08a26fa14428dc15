package io.stormcenter.workbench.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.DeployedSecrets;
import io.stormcenter.workbench.stix.ShareFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareViewModelTest {

    @TempDir
    Path folder;

    private final AttackTree tree = ShareFixtures.kubecon();
    private final List<TimeWindow> asked = new ArrayList<>();
    private final ShareViewModel model = new ShareViewModel(() -> tree, (t, window) -> {
        asked.add(window);
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
        assertThat(model.summaryProperty().get()).startsWith("2 sessions, ").contains("public ones cut to their /24");
    }

    @Test
    void choices_make_the_bundle_again_for_their_window_and_sender() {
        model.refresh();
        model.windowProperty().set(ShareViewModel.Window.DAY);
        model.senderProperty().set("Team Blue");
        model.hashAddressesProperty().set(true);

        assertThat(asked.get(0).from()).isEqualTo(ShareFixtures.T0.plusSeconds(86_400).minusSeconds(30L * 86_400));
        assertThat(asked.get(asked.size() - 1).from()).isEqualTo(ShareFixtures.T0);
        assertThat(model.previewProperty().get()).contains("\"name\" : \"Team Blue\"").contains("198.1");
        assertThat(model.summaryProperty().get()).contains("keyed pseudo-addresses");
    }

    @Test
    void the_deployments_honeytoken_values_and_names_are_cut_out_as_the_cli_does() {
        // given a source that knows the deployment's secrets
        SessionSource deployedSource = new SessionSource() {
            @Override
            public List<io.stormcenter.workbench.heat.Session> sessions(AttackTree t, TimeWindow window) {
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
