package io.stormcenter.workbench.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.picture.CardTexts;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

/** The analysis panel's evidence figures and what-if, computed by hand for a three-leaf tree. */
class RiskViewModelTest {

    /** goal OR (a 0.5, b 0.4), impact $10,000; b is countered by a proposed defence d (stops 50 %, $1,000). */
    private static AttackTree tree() {
        return new AttackTree("t", "T", "", "goal", List.of(
                Node.attack("goal", "Goal").withGate(Gate.OR).withChildren(List.of("a", "b")).withImpact(10_000.0),
                Node.attack("a", "Step a").withEstimates(new Estimates(0.5, null, null, null, null, null)),
                Node.attack("b", "Step b").withEstimates(new Estimates(0.4, null, null, null, null, null))
                        .withChild("d"),
                Node.defence("d", "Defence d").withStatus(DefenceStatus.PROPOSED)
                        .withEstimates(new Estimates(0.5, null, 1000.0, null, null, "because"))));
    }

    private final TreeDocument document = new TreeDocument(tree());
    // another team saw three sessions: two reached a, one reached b
    private final EvidenceSet shared = EvidenceSet.fromSessions(tree(), "stix: Team Blue",
            List.of(Set.of("a", "goal"), Set.of("a", "goal"), Set.of("b", "goal")));
    // everything on the calling thread: the lane's results come back at once
    private final RiskViewModel risk = new RiskViewModel(document,
            new SimpleObjectProperty<>(AttackerProfile.UNLIMITED), FXCollections.<Session>observableArrayList(),
            () -> shared, TaskLane.immediate(Runnable::run, Runnable::run));

    @Test
    void a_step_shows_its_estimate_what_was_observed_and_the_calibrated_value_side_by_side() {
        // a: prior Beta(0.5*2, 0.5*2) = Beta(1, 1); 2 of 3 sessions reached it: Beta(3, 2), mean 0.60
        assertThat(risk.figuresOf("a")).startsWith("estimate 0.50  \u00b7  observed 2 of 3  \u00b7  calibrated 0.60 (");
        assertThat(risk.evidenceProperty().get()).isEqualTo("Calibrated by stix: Team Blue");
        assertThat(risk.goalProperty().get()).matches("0\\.\\d\\d");
        assertThat(risk.goalIntervalProperty().get()).matches("90 %: 0\\.\\d+\u20130\\.\\d+");
    }

    @Test
    void the_calibrated_badges_show_what_was_seen_and_the_calibrated_value() {
        CardTexts badges = risk.badges();
        Node a = tree().node("a");

        assertThat(badges.estimate(a)).isEqualTo("0.50 \u00b7 2/3");
        assertThat(badges.value(a, null)).isEqualTo("cal 0.60");
    }

    @Test
    void ticking_a_proposed_defence_shows_the_goal_with_it_in_place() {
        // before: 1 - 0.5*0.6 = 0.70, risk $7,000; with d: b = 0.4*0.5 = 0.2, 1 - 0.5*0.8 = 0.60, risk $6,000
        assertThat(risk.proposals()).extracting(WhatIfProposal::text).containsExactly("Defence d ($1,000, stops 50 %)");
        String calibratedBefore = risk.goalProperty().get();

        risk.proposals().get(0).chosenProperty().set(true);

        assertThat(risk.whatIfProperty().get()).isEqualTo("With 1 proposal ($1,000): p 0.70 \u2192 0.60, risk $7,000"
                + " \u2192 $6,000");
        assertThat(risk.figuresProperty().get().chosen()).containsExactly("d");
        assertThat(risk.goalProperty().get()).isNotEqualTo(calibratedBefore);
    }

    @Test
    void a_label_typed_keeps_the_figures_and_an_estimate_changed_computes_them_again() {
        var figures = risk.figuresProperty().get();
        // when a label is typed (a keystroke changes no figure)
        document.apply(t -> t.withNode(t.node("a").withLabel("Step a, renamed")));
        // then the figures are the same result, not computed again
        assertThat(risk.figuresProperty().get()).isSameAs(figures);
        // and a proposal's text follows its renamed defence
        document.apply(t -> t.withNode(t.node("d").withLabel("Renamed defence")));
        assertThat(risk.proposals()).extracting(WhatIfProposal::text).containsExactly("Renamed defence ($1,000, stops 50 %)");
        assertThat(risk.figuresProperty().get()).isSameAs(figures);
        // when an estimate changes, they are computed again
        document.apply(t -> t.withNode(t.node("a").withEstimates(new Estimates(0.9, null, null, null, null, null))));
        assertThat(risk.figuresProperty().get()).isNotSameAs(figures);
    }

    @Test
    void ticks_survive_an_edit_of_the_tree() {
        risk.proposals().get(0).chosenProperty().set(true);

        document.apply(tree -> tree.withNode(tree.node("a").withLabel("Step a, renamed")));

        assertThat(risk.proposals().get(0).chosenProperty().get()).isTrue();
        assertThat(risk.whatIfProperty().get()).startsWith("With 1 proposal");
    }
}
