package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.ui.DisplayConverter;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.ui.WorkbenchCss;
import io.stormcenter.workbench.ui.canvas.BadgeDomain;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The analysis panel: attacker profile and ranking, the root's values, and the top scenarios. */
public final class AnalysisView extends VBox {

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
            case MOST_LIKELY -> "Most likely first";
            case CHEAPEST -> "Cheapest first";
            case FASTEST -> "Fastest first";
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
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        TableView<ScenarioRow> table = new TableView<>(model.scenarios());
        table.setId("scenario-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        TableColumn<ScenarioRow, Number> rank = new TableColumn<>("#");
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.setPrefWidth(32);
        rank.setMaxWidth(40);
        TableColumn<ScenarioRow, String> p = new TableColumn<>("p");
        p.setCellValueFactory(c -> new ReadOnlyStringWrapper(BadgeDomain.probability(c.getValue().scenario().probability())));
        p.setPrefWidth(52);
        TableColumn<ScenarioRow, String> cost = new TableColumn<>("Cost");
        cost.setCellValueFactory(c -> new ReadOnlyStringWrapper(BadgeDomain.money(c.getValue().scenario().cost())));
        cost.setPrefWidth(64);
        TableColumn<ScenarioRow, String> time = new TableColumn<>("Time");
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(BadgeDomain.hours(c.getValue().scenario().timeHours())));
        time.setPrefWidth(64);
        TableColumn<ScenarioRow, String> steps = new TableColumn<>("Steps");
        steps.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().steps()));
        steps.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setWrapText(true);
            }
        });
        table.getColumns().setAll(java.util.List.of(rank, p, cost, time, steps));
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

    private static VBox metric(String name, ReadOnlyStringProperty value, String id) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add(WorkbenchCss.METRIC_VALUE);
        number.textProperty().bind(value);
        Label caption = new Label(name);
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
}
