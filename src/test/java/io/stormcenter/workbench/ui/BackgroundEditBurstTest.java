package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.honeycluster.PlanPreview;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.background.BackgroundWork;
import io.stormcenter.workbench.ui.background.FxStandIn;
import io.stormcenter.workbench.ui.document.TreeDocument;
import io.stormcenter.workbench.ui.honeycluster.HoneyclusterViewModel;
import io.stormcenter.workbench.ui.panels.AnalysisRunner;
import io.stormcenter.workbench.ui.panels.AnalysisViewModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's two kinds of work per edit (analysis and plan preview) on their own real threads,
 * debounced as in the window: typing is a burst of edits, and only its last tree is worked on.
 */
class BackgroundEditBurstTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FxStandIn fx = new FxStandIn();
    private final BackgroundWork background = new BackgroundWork(fx::execute);

    @AfterEach
    void stop() {
        background.close();
        fx.close();
    }

    @Test
    void a_burst_of_100_edits_gives_one_analysis_and_one_compile_of_the_last_tree() throws Exception {
        // given the analysis and the honeycluster preview of a document, each counting what it works on
        List<String> analysed = new CopyOnWriteArrayList<>();
        List<String> compiled = new CopyOnWriteArrayList<>();
        TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
        AnalysisViewModel analysis = fx.call(() -> new AnalysisViewModel(document, new AnalysisRunner(
                background.lane("analysis", Duration.ofMillis(300)), (tree, profile, ranking) -> {
                    analysed.add(rootLabel(tree));
                    return AnalysisRunner.analyse(tree, profile, ranking);
                })));
        HoneyclusterViewModel honeycluster = fx.call(() -> new HoneyclusterViewModel(document,
                new SimpleStringProperty(), background.lane("honeycluster", Duration.ofMillis(300)), tree -> {
                    compiled.add(rootLabel(tree));
                    return HoneyclusterViewModel.preview(tree);
                }));
        fx.awaitTrue(() -> !analysis.runningProperty().get() && !honeycluster.runningProperty().get()
                && analysed.size() == 1 && compiled.size() == 1, WAIT);
        analysed.clear();
        compiled.clear();

        // when the root's label is typed as 100 edits in a row
        fx.call(() -> {
            for (int i = 1; i <= 100; i++) {
                String label = "Goal " + i;
                document.apply(tree -> tree.withNode(tree.root().withLabel(label)));
            }
            return null;
        });
        fx.awaitTrue(() -> !analysis.runningProperty().get() && !honeycluster.runningProperty().get()
                && !analysed.isEmpty() && !compiled.isEmpty(), WAIT);
        Thread.sleep(600); // twice the debounce: anything late would have come by now

        // then each ran once, on the last tree, and the panels show it
        assertThat(analysed).containsExactly("Goal 100");
        assertThat(compiled).containsExactly("Goal 100");
        PlanPreview shown = fx.call(() -> honeycluster.previewProperty().get());
        assertThat(shown).isNotNull();
        assertThat(fx.call(() -> analysis.resultProperty().get())).isNotNull();
    }

    private static String rootLabel(AttackTree tree) {
        return tree.root().label();
    }
}
