package io.stormcenter.workbench.ui.live;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A Live feed cell of two lines (what, and below it in a quieter colour, what goes with it), so that
 * the feed fits the side panel without scrolling sideways; a line too long for the column ends in an
 * ellipsis and the tooltip shows both whole.
 */
final class FeedCell extends TableCell<ObservationRow, ObservationRow> {

    private final Function<ObservationRow, String> first;
    private final Function<ObservationRow, String> second;
    private final Function<ObservationRow, String> secondStyle;
    private final Label top = new Label();
    private final Label below = new Label();
    private final VBox lines = new VBox(top, below);
    private final Tooltip whole = new Tooltip();

    private FeedCell(Function<ObservationRow, String> first, Function<ObservationRow, String> second,
                     Function<ObservationRow, String> secondStyle) {
        this.first = first;
        this.second = second;
        this.secondStyle = secondStyle;
        lines.setMinWidth(0);
        setText(null);
    }

    /**
     * A column of such cells, sorted by the first line; at least {@code minWidth} wide (its title whole).
     *
     * @param secondStyle the second line's style class for a row (its colour)
     */
    static TableColumn<ObservationRow, ObservationRow> column(String title, double minWidth,
                                                             Function<ObservationRow, String> first,
                                                             Function<ObservationRow, String> second,
                                                             Function<ObservationRow, String> secondStyle) {
        TableColumn<ObservationRow, ObservationRow> column = new TableColumn<>(title);
        column.setMinWidth(minWidth);
        column.setPrefWidth(minWidth);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new FeedCell(first, second, secondStyle));
        column.setComparator(Comparator.comparing(first));
        return column;
    }

    @Override
    protected void updateItem(ObservationRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        top.setText(first.apply(row));
        String more = second.apply(row);
        below.setText(more);
        below.getStyleClass().setAll("label", secondStyle.apply(row));
        below.setVisible(!more.isEmpty());
        whole.setText(more.isEmpty() ? top.getText() : top.getText() + "\n" + more);
        setTooltip(whole);
        setGraphic(lines);
    }
}
