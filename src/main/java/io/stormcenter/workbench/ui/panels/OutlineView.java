package io.stormcenter.workbench.ui.panels;

import atlantafx.base.controls.CustomTextField;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.ui.canvas.EditorViewModel;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The outline panel: a search field over the tree as an indented list; picking a row reveals the node. */
public final class OutlineView extends VBox {

    /** What a cell leaves of the list's width to its borders and vertical scroll bar. */
    private static final double OUTLINE_SCROLL_BAR_ROOM = 18;

    private boolean syncing;

    public OutlineView(OutlineViewModel model, EditorViewModel editor) {
        setId("outline");
        setSpacing(8);
        setPadding(new Insets(10));
        CustomTextField search = new CustomTextField();
        search.setId("outline-search");
        search.setPromptText("Search the tree");
        search.setTooltip(new Tooltip("Finds nodes by label, id or technique tag"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.textProperty().bindBidirectional(model.filterProperty());
        ListView<OutlineRow> list = new ListView<>(model.rows());
        list.setId("outline-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(view -> new ListCell<>() {
            private final FontIcon icon = new FontIcon();

            {
                getStyleClass().add(WorkbenchCss.OUTLINE_CELL); // once: a class added per update piles up and slows CSS
                // a long label wraps within the panel instead of running past its edge (room left for the scroll bar)
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(OUTLINE_SCROLL_BAR_ROOM));
                setMaxWidth(USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(OutlineRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                boolean defence = row.role() == Role.DEFENCE;
                icon.setIconLiteral(defence ? "mdi2s-shield-half-full" : row.leaf() ? "mdi2s-sword-cross" : "mdi2s-sitemap-outline");
                icon.getStyleClass().setAll("ikonli-font-icon", defence ? WorkbenchCss.DEFENCE : WorkbenchCss.ATTACK);
                setGraphic(icon);
                setText(row.label() + (row.leaf() ? "" : "   " + row.gate().key()));
                setPadding(new Insets(7, 6, 7, 6 + 14 * Math.min(row.depth(), 30)));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // a row replaced by its edited self (a label typed) is no new pick
            boolean sameNode = old != null && row != null && old.nodeId().equals(row.nodeId());
            if (row != null && !syncing && !sameNode) {
                editor.reveal(row.nodeId());
            }
        });
        editor.primaryProperty().addListener((obs, old, id) -> {
            syncing = true;
            try {
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).nodeId().equals(id)) {
                        list.getSelectionModel().select(i);
                        list.scrollTo(Math.max(0, i - 3));
                        return;
                    }
                }
                list.getSelectionModel().clearSelection();
            } finally {
                syncing = false;
            }
        });
        Label empty = new Label("Nothing matches");
        list.setPlaceholder(empty);
        getChildren().addAll(search, list);
    }
}
