package io.stormcenter.workbench.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Technique;
import io.stormcenter.workbench.model.TechniqueCatalogue;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.ui.DemoTrees;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private final TreeDocument document = new TreeDocument(DemoTrees.kubecon());
    private final SimpleStringProperty selected = new SimpleStringProperty("ssh-bait");
    private final InspectorViewModel inspector = new InspectorViewModel(document, selected, TechniqueCatalogue.builtIn());

    @Test
    void shows_the_selected_nodes_fields() {
        assertThat(inspector.label().getText()).isEqualTo("SSH into the bait pod");
        assertThat(inspector.probability().getText()).isEqualTo("0.6");
        assertThat(inspector.techniques()).containsExactly("MS-TA9010", "T1133");
        assertThat(inspector.tripwires()).extracting(Tripwire::id).containsExactly("tw-ssh-accept");
    }

    @Test
    void an_invalid_probability_is_marked_with_the_reason_and_changes_nothing() {
        inspector.probability().setText("1.5");
        assertThat(inspector.probability().getError()).isEqualTo("Probability must lie in 0..1");
        assertThat(document.tree().node("ssh-bait").estimates().probability()).isEqualTo(0.6);
        inspector.probability().setText("abc");
        assertThat(inspector.probability().getError()).contains("must be a number");
    }

    @Test
    void a_valid_value_goes_into_the_tree_as_it_is_typed_and_undoes_in_one_step() {
        inspector.probability().setText("0.");
        inspector.probability().setText("0.2");
        inspector.probability().setText("0.25");
        assertThat(document.tree().node("ssh-bait").estimates().probability()).isEqualTo(0.25);
        assertThat(inspector.probability().getText()).isEqualTo("0.25");
        document.undo();
        assertThat(document.tree().node("ssh-bait").estimates().probability()).isEqualTo(0.6);
        assertThat(inspector.probability().getText()).isEqualTo("0.6");
    }

    @Test
    void skill_and_a_blank_label_are_checked() {
        inspector.skill().setText("7");
        assertThat(inspector.skill().getError()).isEqualTo("Skill must lie in 1..5");
        inspector.label().setText("  ");
        assertThat(inspector.label().getError()).isEqualTo("A node needs a label");
        assertThat(document.tree().node("ssh-bait").label()).isEqualTo("SSH into the bait pod");
    }

    @Test
    void gate_and_rationale_edit_the_node() {
        selected.set("via-logs");
        inspector.gateProperty().set(Gate.AND);
        assertThat(document.tree().node("via-logs").gate()).isEqualTo(Gate.AND);
        selected.set("ssh-bait");
        inspector.rationale().setText("seen in the wild");
        assertThat(document.tree().node("ssh-bait").estimates().rationale()).isEqualTo("seen in the wild");
    }

    @Test
    void a_technique_picked_from_completion_is_added_by_its_id_and_duplicates_are_refused() {
        assertThat(inspector.completeTechnique("MS-TA901")).extracting(Technique::id).contains("MS-TA9010", "MS-TA9016");
        inspector.newTechnique().setText("MS-TA9016 — Container service account");
        assertThat(inspector.addTechnique()).isTrue();
        assertThat(document.tree().node("ssh-bait").techniques()).containsExactly("MS-TA9010", "T1133", "MS-TA9016");
        inspector.newTechnique().setText("T1133");
        assertThat(inspector.addTechnique()).isFalse();
        assertThat(inspector.newTechnique().getError()).isEqualTo("T1133 is already tagged");
    }

    @Test
    void tripwires_are_added_replaced_and_removed() {
        Tripwire audit = new Tripwire("tw-audit", TripwireKind.AUDIT, Map.of("verbs", "get", "resource", "secrets"));
        inspector.addTripwire(audit);
        Tripwire wider = audit.withParam("verbs", "get,list");
        inspector.replaceTripwire(audit, wider);
        assertThat(document.tree().node("ssh-bait").tripwires()).contains(wider).doesNotContain(audit);
        inspector.removeTripwire(wider);
        assertThat(document.tree().node("ssh-bait").tripwires()).extracting(Tripwire::id).containsExactly("tw-ssh-accept");
        assertThat(inspector.tripwireIdsTaken(null)).contains("tw-ssh-accept");
    }
}
