package io.stormcenter.workbench.ui;

import atlantafx.base.controls.Spacer;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;

/**
 * The strip along the bottom: a message on the left, items on the right. Later views (e.g. the
 * deployment state) add their own items with {@link #addItem(Node)}.
 */
public final class StatusBar extends HBox {

    private final Label message = new Label();
    private final HBox items = new HBox(10);

    public StatusBar() {
        setId("status-bar");
        getStyleClass().add(WorkbenchCss.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        setSpacing(10);
        message.setId("status-message");
        items.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(message, new Spacer(), items);
    }

    public Label message() {
        return message;
    }

    /** Adds an item at the right end, after a thin separator. */
    public void addItem(Node item) {
        item.getStyleClass().add(WorkbenchCss.STATUS_ITEM);
        if (!items.getChildren().isEmpty()) {
            items.getChildren().add(new Separator(Orientation.VERTICAL));
        }
        items.getChildren().add(item);
    }
}
