package io.stormcenter.workbench.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Blocked;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.ui.DemoTrees;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnalysisViewModelTest {

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    /** Stands in for the FX thread: results queue up here and the test runs them. */
    private final LinkedBlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private final TreeDocument document = new TreeDocument(DemoTrees.kubecon());
    private final AnalysisViewModel analysis = new AnalysisViewModel(document,
            new AnalysisRunner(worker, fxThread::add, 20));

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private void settle() throws InterruptedException {
        Runnable next = fxThread.poll(5, TimeUnit.SECONDS);
        assertThat(next).as("an analysis result").isNotNull();
        next.run();
        while ((next = fxThread.poll(200, TimeUnit.MILLISECONDS)) != null) {
            next.run();
        }
    }

    @Test
    void the_analysis_runs_off_the_calling_thread_and_shows_root_values() throws Exception {
        settle();
        // 1 - (1 - 0.6*0.9*0.5) * (1 - 0.2*(1-0.7)) = 0.3124
        assertThat(analysis.probabilityProperty().get()).isEqualTo("0.31");
        assertThat(analysis.costProperty().get()).isEqualTo("$0");
        assertThat(analysis.scenarios()).isNotEmpty();
        assertThat(analysis.values()).containsKeys("goal", "ssh-bait", "seccomp");
    }

    @Test
    void selecting_a_scenario_highlights_its_leaves_and_their_paths() throws Exception {
        settle();
        analysis.selectScenario(0);
        ScenarioRow first = analysis.scenarios().get(0);
        assertThat(first.scenario().leaves()).containsExactly("ssh-bait", "read-sa-token", "symlink-key");
        assertThat(analysis.scenarioLeavesProperty().get()).containsExactlyInAnyOrder("ssh-bait", "read-sa-token", "symlink-key");
        assertThat(analysis.scenarioNodesProperty().get()).contains("via-logs", "goal").doesNotContain("via-escape");
    }

    @Test
    void an_edit_reruns_the_analysis_and_a_burst_of_edits_gives_one_result() throws Exception {
        settle();
        AtomicInteger shown = new AtomicInteger();
        analysis.resultProperty().addListener((obs, old, r) -> shown.incrementAndGet());
        for (int i = 0; i < 5; i++) {
            double p = 0.1 * (i + 1);
            document.apply(t -> t.withNode(t.node("via-escape").withEstimates(t.node("via-escape").estimates().withProbability(p))));
        }
        settle();
        assertThat(shown.get()).isEqualTo(1);
        assertThat(analysis.values().get("via-escape").probability()).isCloseTo(0.5 * 0.3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_weaker_attacker_profile_changes_the_values() throws Exception {
        settle();
        AttackerProfile weak = analysis.profiles().stream().filter(p -> p.skill() < 3).findFirst().orElseThrow();
        analysis.profileProperty().set(weak);
        settle();
        assertThat(analysis.values().get("symlink-key").probability()).isZero();
    }

    @Test
    void a_defence_no_attack_counters_is_called_blocked_and_explained_as_the_cli_does() throws Exception {
        // given a goal whose only step is countered by a defence that nothing counters
        settle();
        AttackTree countered = AttackTree.single("t", "T", Node.attack("goal", "Goal"))
                .addChild("goal", Node.attack("step", "Step").withEstimates(Estimates.of(0.6, 100, 2, 2)))
                .addChild("step", Node.defence("waf", "WAF").withEstimates(Estimates.of(0.5, 0, 0, 1)));
        // when it is analysed
        document.load(countered, null);
        settle();
        // then no value reads as "Infinity", the tiles say "blocked", and the status says why
        assertThat(analysis.costProperty().get()).isEqualTo("blocked");
        assertThat(analysis.timeProperty().get()).isEqualTo("blocked");
        assertThat(analysis.skillProperty().get()).isEqualTo("blocked");
        assertThat(analysis.statusProperty().get()).isEqualTo(Blocked.EXPLANATION)
                .startsWith("blocked: no sure way past a defence");
        assertThat(analysis.scenarios()).isNotEmpty();
        assertThat(analysis.scenarios().get(0).figures()).isEqualTo("p 0.30  \u00b7  cost blocked  \u00b7  time blocked")
                .doesNotContain("Infinity");
    }

    @Test
    void a_tree_without_blocked_values_has_no_explanation() throws Exception {
        settle();
        assertThat(analysis.statusProperty().get()).isEmpty();
        assertThat(analysis.scenarios().get(0).figures()).doesNotContain("blocked", "Infinity");
    }

    @Test
    void an_edit_that_changes_no_scenario_leaves_the_scenario_table_untouched() throws Exception {
        // given the analysed tree with its first scenario selected
        settle();
        analysis.selectScenario(0);
        ScenarioRow selected = analysis.selectedScenarioProperty().get();
        AtomicInteger tableChanges = new AtomicInteger();
        analysis.scenarios().addListener((javafx.collections.ListChangeListener<ScenarioRow>) c -> tableChanges.incrementAndGet());
        // when a note is typed on the goal and the analysis runs again
        document.apply(t -> t.withNode(t.node("goal").withNotes("seen at KubeCon")));
        settle();
        // then the table saw no change and the same row stays selected
        assertThat(tableChanges.get()).isZero();
        assertThat(analysis.selectedScenarioProperty().get()).isSameAs(selected);
        // but renaming a step of the scenarios replaces the rows that show it
        document.apply(t -> t.withNode(t.node("ssh-bait").withLabel("SSH in as root")));
        settle();
        assertThat(tableChanges.get()).isOne();
        assertThat(analysis.scenarios().get(0).stepLabels()).contains("SSH in as root");
    }
}
