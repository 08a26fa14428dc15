package io.stormcenter.workbench.ui.panels;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.ui.controls.DisplayConverter;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The analysis panel: attacker profile and ranking, the root's values, and the top scenarios. */
public final class AnalysisView extends VBox {

    private static final double SCENARIO_TABLE_MIN_HEIGHT = 260;

    public AnalysisView(AnalysisViewModel model) {
        setId("analysis");
        setSpacing(10);
        setPadding(new Insets(12));
        ComboBox<AttackerProfile> profile = new ComboBox<>(model.profiles());
        profile.setId("analysis-profile");
        profile.setMaxWidth(Double.MAX_VALUE);
        profile.valueProperty().bindBidirectional(model.profileProperty());
        profile.setConverter(DisplayConverter.showing(AttackerProfile::name));
        ComboBox<Ranking> ranking = new ComboBox<>();
        ranking.getItems().setAll(Ranking.values());
        ranking.setId("analysis-ranking");
        ranking.setMaxWidth(Double.MAX_VALUE);
        ranking.valueProperty().bindBidirectional(model.rankingProperty());
        ranking.setConverter(DisplayConverter.showing(r -> switch (r) {
            case MOST_LIKELY -> "Most likely";
            case CHEAPEST -> "Cheapest";
            case FASTEST -> "Fastest";
        }));
        GridPane choices = new GridPane();
        choices.setHgap(10);
        choices.setVgap(4);
        choices.getColumnConstraints().addAll(percent(50), percent(50));
        choices.addRow(0, fieldName("Attacker profile"), fieldName("Rank scenarios"));
        choices.addRow(1, profile, ranking);

        GridPane metrics = new GridPane();
        metrics.setId("analysis-metrics");
        metrics.setHgap(8);
        metrics.setVgap(8);
        metrics.getColumnConstraints().addAll(percent(33.3), percent(33.3), percent(33.4));
        metrics.add(metric("Goal probability", model.probabilityProperty(), "root-probability"), 0, 0);
        metrics.add(metric("Minimal cost", model.costProperty(), "root-cost"), 1, 0);
        metrics.add(metric("Minimal time", model.timeProperty(), "root-time"), 2, 0);
        metrics.add(metric("Minimal skill", model.skillProperty(), "root-skill"), 0, 1);
        VBox risk = metric("Risk (p \u00d7 impact)", model.riskProperty(), "root-risk");
        metrics.add(risk, 1, 1, 2, 1);

        Label status = new Label();
        status.setId("analysis-status");
        status.getStyleClass().add(WorkbenchCss.HINT);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // the whole explanation of "blocked", not its first line
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        TableView<ScenarioRow> table = new TableView<>(model.scenarios());
        table.setId("scenario-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        // room for the first scenario whole and the start of the next; the panel scrolls when the screen is short
        table.setMinHeight(SCENARIO_TABLE_MIN_HEIGHT);
        TableColumn<ScenarioRow, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.setPrefWidth(32);
        rank.setMaxWidth(40);
        // a side panel is too narrow for a column each: the figures head the steps, which wrap below
        TableColumn<ScenarioRow, ScenarioRow> scenario = new TableColumn<>("Scenario");
        scenario.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        scenario.setCellFactory(c -> new ScenarioCell(scenario));
        scenario.setSortable(false);
        rank.setSortable(false);
        table.getColumns().setAll(List.of(rank, scenario));
        table.setPlaceholder(new Label("No attack scenario reaches the goal for this profile"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedScenarioProperty().set(row));
        model.selectedScenarioProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        Label tableTitle = fieldName("Top attack scenarios (select one to highlight it)");
        getChildren().addAll(choices, metrics, status, tableTitle, table);
    }

    /** Puts a section (the evidence and what-if) between the root's values and the scenarios. */
    public void showBelowMetrics(javafx.scene.Node section) {
        getChildren().add(getChildren().indexOf(lookup("#analysis-status")) + 1, section);
    }

    static VBox metric(String name, ReadOnlyStringProperty value, String id) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add(WorkbenchCss.METRIC_VALUE);
        number.textProperty().bind(value);
        Label caption = new Label(name);
        caption.setWrapText(true); // "Goal probability" whole in a 1280 px window
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add(WorkbenchCss.METRIC_NAME);
        VBox box = new VBox(2, number, caption);
        box.getStyleClass().add(WorkbenchCss.METRIC);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label fieldName(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-name");
        return label;
    }

    private static ColumnConstraints percent(double value) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(value);
        return c;
    }

    /**
     * One scenario: its probability, cost and time on the first line, then each step on a line
     * of its own, wrapped as far as it needs (a wrapping label in a table cell stops at two lines
     * with "...", a text with a wrapping width makes the row as tall as the steps).
     */
    private static final class ScenarioCell extends TableCell<ScenarioRow, ScenarioRow> {
        private final Label figures = new Label();
        private final Text steps = new Text();
        private final VBox box = new VBox(2, figures, steps);
        private final TableColumn<ScenarioRow, ScenarioRow> column;

        ScenarioCell(TableColumn<ScenarioRow, ScenarioRow> column) {
            this.column = column;
            figures.getStyleClass().add(Styles.TEXT_BOLD);
            // "cost blocked · time blocked" is wider than the panel at 1280 px: wrap it, never cut it
            figures.setWrapText(true);
            figures.setMinHeight(Region.USE_PREF_SIZE);
            steps.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            steps.fillProperty().bind(textFillProperty()); // the theme's colour, and the selected row's
            steps.fontProperty().bind(fontProperty());
            figures.textFillProperty().bind(textFillProperty());
        }

        /**
         * A row asks its cells for their height at no width in particular (-1), where the wrapping
         * figures would be measured at their narrowest, a word a line, and the row grew by as many
         * lines: measured at the column's width, the row is as tall as its text.
         */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? column.getWidth() : width);
        }

        @Override
        protected void updateItem(ScenarioRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            figures.setText(row.figures());
            steps.setText(row.stepLabels().stream().map(label -> "\u203a " + label).collect(Collectors.joining("\n")));
            setGraphic(box);
        }
    }
}
