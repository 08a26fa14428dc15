package io.stormcenter.workbench.ui.panels;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.canvas.EditorViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The problems panel: validation results; clicking one selects its node on the canvas. The
 * panel is narrow, so each problem is one cell: its node (with the severity) above the message,
 * which wraps as far as it needs instead of being cut.
 */
public final class ProblemsView extends VBox {

    public ProblemsView(ProblemsViewModel model, EditorViewModel editor) {
        setId("problems");
        setPadding(new Insets(10));
        TableView<Problem> table = new TableView<>(model.problems());
        table.setId("problems-table");
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Problem, Problem> problem = new TableColumn<>("Problem");
        problem.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        problem.setCellFactory(c -> new ProblemCell(problem, model));
        problem.setSortable(false);
        table.getColumns().setAll(problem);
        Label none = new Label("No problems: the tree is ready for analysis");
        none.setId("problems-empty");
        none.setWrapText(true);
        none.getStyleClass().add(WorkbenchCss.HINT);
        none.setPadding(new Insets(8));
        none.maxWidthProperty().bind(table.widthProperty().subtract(8));
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null && selected.nodeId() != null) {
                editor.reveal(selected.nodeId());
            }
        });
        getChildren().add(table);
    }

    /** The node's label (with the severity's sign) on the first line, the message wrapped below. */
    private static final class ProblemCell extends TableCell<Problem, Problem> {
        /** The style class of a problem's message (tests look it up). */
        static final String MESSAGE = "problem-message";
        private final ProblemsViewModel model;
        private final Label node = new Label();
        private final Text message = new Text();
        private final VBox box = new VBox(2, node, message);

        ProblemCell(TableColumn<Problem, Problem> column, ProblemsViewModel model) {
            this.model = model;
            message.getStyleClass().add(MESSAGE);
            node.getStyleClass().add(Styles.TEXT_BOLD);
            node.textFillProperty().bind(textFillProperty());
            message.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            message.fillProperty().bind(textFillProperty()); // the theme's colour, and the selected row's
            message.fontProperty().bind(fontProperty());
        }

        @Override
        protected void updateItem(Problem value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            if (empty || value == null) {
                setGraphic(null);
                return;
            }
            boolean error = value.isError();
            FontIcon icon = new FontIcon(error ? "mdi2a-alert-circle-outline" : "mdi2a-alert-outline");
            icon.getStyleClass().add(error ? Styles.DANGER : Styles.WARNING);
            node.setGraphic(icon);
            node.setText(model.nodeLabel(value));
            message.setText((value.field() == null ? "" : value.field() + ": ") + value.message());
            setGraphic(box);
        }
    }
}
