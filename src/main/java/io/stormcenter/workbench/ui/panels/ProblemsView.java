package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.ui.canvas.EditorViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The problems panel: validation results; clicking one selects its node on the canvas. */
public final class ProblemsView extends VBox {

    public ProblemsView(ProblemsViewModel model, EditorViewModel editor) {
        setId("problems");
        setPadding(new Insets(10));
        TableView<Problem> table = new TableView<>(model.problems());
        table.setId("problems-table");
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Problem, String> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity().name()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                    return;
                }
                FontIcon icon = new FontIcon("ERROR".equals(value) ? "mdi2a-alert-circle-outline" : "mdi2a-alert-outline");
                icon.getStyleClass().add("ERROR".equals(value) ? "danger" : "warning");
                setGraphic(icon);
            }
        });
        severity.setPrefWidth(34);
        severity.setMaxWidth(34);
        TableColumn<Problem, String> node = new TableColumn<>("Node");
        node.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.nodeLabel(c.getValue())));
        node.setPrefWidth(110);
        TableColumn<Problem, String> message = new TableColumn<>("Problem");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                (c.getValue().field() == null ? "" : c.getValue().field() + ": ") + c.getValue().message()));
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setWrapText(true);
            }
        });
        table.getColumns().setAll(List.of(severity, node, message));
        table.setPlaceholder(new Label("No problems: the tree is ready for analysis"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, problem) -> {
            if (problem != null && problem.nodeId() != null) {
                editor.reveal(problem.nodeId());
            }
        });
        getChildren().add(table);
    }
}
