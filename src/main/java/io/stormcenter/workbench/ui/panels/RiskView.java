package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The analysis panel's evidence section: the goal calibrated by what was observed, with its 90 %
 * interval, and the what-if list of proposed defences.
 */
public final class RiskView extends VBox {

    /** Rows of the what-if list shown before it scrolls: the scenarios below keep their room. */
    private static final int VISIBLE_PROPOSALS = 4;

    public RiskView(RiskViewModel model) {
        setId("risk");
        setSpacing(6);
        GridPane metrics = new GridPane();
        metrics.setHgap(8);
        metrics.setVgap(8);
        metrics.getColumnConstraints().addAll(half(), half());
        VBox goal = AnalysisView.metric("Calibrated goal p", model.goalProperty(), "risk-goal");
        goal.getChildren().add(interval(model.goalIntervalProperty(), "risk-goal-interval"));
        VBox risk = AnalysisView.metric("Calibrated risk", model.riskProperty(), "risk-risk");
        risk.getChildren().add(interval(model.riskIntervalProperty(), "risk-risk-interval"));
        metrics.addRow(0, goal, risk);
        Label evidence = hint("risk-evidence");
        evidence.textProperty().bind(model.evidenceProperty());

        ListView<WhatIfProposal> list = new ListView<>(model.proposals());
        list.setId("whatif-list");
        list.setCellFactory(view -> new ProposalCell());
        list.setFixedCellSize(26);
        list.setMinHeight(Region.USE_PREF_SIZE); // the scenarios below give way, not the list
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 4 + 26.0 * Math.max(1, Math.min(VISIBLE_PROPOSALS, model.proposals().size())),
                model.proposals()));
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.proposals()));
        list.managedProperty().bind(list.visibleProperty());
        Label whatIf = hint("whatif-summary");
        whatIf.textProperty().bind(model.whatIfProperty());
        Label title = new Label("What if these proposed defences were in place?");
        title.getStyleClass().add("field-name");
        getChildren().addAll(metrics, evidence, title, list, whatIf);
    }

    private static Label interval(javafx.beans.value.ObservableValue<String> text, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(WorkbenchCss.METRIC_NAME);
        label.textProperty().bind(text);
        return label;
    }

    private static javafx.scene.layout.ColumnConstraints half() {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setPercentWidth(50);
        return c;
    }

    private static Label hint(String id) {
        Label label = new Label();
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(WorkbenchCss.HINT);
        return label;
    }

    /**
     * A proposal as a check box whose label is cut with an ellipsis at the panel's width (the whole
     * text in its tooltip): without this the list widens to its longest label and scrolls sideways.
     */
    private static final class ProposalCell extends CheckBoxListCell<WhatIfProposal> {
        ProposalCell() {
            super(WhatIfProposal::chosenProperty, new StringConverter<>() {
                @Override
                public String toString(WhatIfProposal row) {
                    return row == null ? "" : row.text();
                }

                @Override
                public WhatIfProposal fromString(String text) {
                    throw new UnsupportedOperationException("the list is not edited as text");
                }
            });
            setPrefWidth(0);
        }

        @Override
        public void updateItem(WhatIfProposal item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(empty || item == null ? null : new Tooltip(item.text()));
        }
    }
}
