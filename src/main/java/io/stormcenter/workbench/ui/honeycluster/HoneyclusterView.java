package io.stormcenter.workbench.ui.honeycluster;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.honeycluster.PlanPreview;
import io.stormcenter.workbench.honeycluster.Suggestion;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Honeycluster tab: the plan's objects as a tree (the selected node's in accent), the YAML of
 * the chosen one, coverage, and the selected leaf's suggestions with a button to take one.
 */
public final class HoneyclusterView extends VBox {

    private final TreeView<Object> objects = new TreeView<>(new TreeItem<>("plan"));

    public HoneyclusterView(HoneyclusterViewModel model, FolderChooser folders) {
        setId("honeycluster");
        setPadding(new Insets(10));
        setSpacing(8);
        Label status = new Label();
        status.setId("honey-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never cut to "..."
        status.textProperty().bind(model.statusProperty());
        model.emptyProperty().addListener((obs, was, empty) -> showEmpty(status, empty));
        showEmpty(status, model.emptyProperty().get());
        Label coverage = new Label();
        coverage.setId("honey-coverage");
        coverage.setWrapText(true);
        coverage.getStyleClass().add(WorkbenchCss.HINT);
        coverage.setMinHeight(Region.USE_PREF_SIZE);
        coverage.textProperty().bind(model.coverageProperty());

        objects.setId("honey-objects");
        objects.setShowRoot(false);
        objects.setCellFactory(t -> new ObjectCell(model));
        model.groups().addListener((ListChangeListener<PlanPreview.Group>) c -> fill(model));
        model.highlightedProperty().addListener((obs, old, keys) -> objects.refresh());
        objects.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                model.selectedItemProperty().set(item != null && item.getValue() instanceof PlanPreview.Item i ? i : null));
        fill(model);

        TextArea yaml = new TextArea();
        yaml.setId("honey-yaml");
        yaml.setEditable(false);
        yaml.setPromptText("Select an object above to see the YAML it deploys");
        yaml.textProperty().bind(model.yamlProperty());
        yaml.getStyleClass().add(Styles.TEXT_SMALL);
        SplitPane split = new SplitPane(objects, yaml);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        // an empty tree has no objects to list: the status says how to start, the space goes to suggestions
        split.visibleProperty().bind(model.emptyProperty().not());
        split.managedProperty().bind(split.visibleProperty());

        Label suggestionsTitle = new Label("Suggested trip-wires for the selected leaf");
        suggestionsTitle.getStyleClass().add(WorkbenchCss.PANEL_TITLE);
        suggestionsTitle.setWrapText(true);
        suggestionsTitle.setMinHeight(Region.USE_PREF_SIZE);
        ListView<Suggestion> suggestions = new ListView<>(model.suggestions());
        suggestions.setId("honey-suggestions");
        suggestions.setPrefHeight(110);
        suggestions.setMinHeight(90); // the object tree above gives way first
        Label noSuggestions = new Label();
        noSuggestions.setId("honey-suggestions-hint");
        noSuggestions.textProperty().bind(model.suggestionsHintProperty());
        noSuggestions.getStyleClass().add(WorkbenchCss.HINT);
        noSuggestions.setWrapText(true);
        noSuggestions.setPadding(new Insets(6));
        suggestions.setPlaceholder(noSuggestions);
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : HoneyclusterViewModel.describe(s));
                setWrapText(true);
                // wrapped lines in a list cell need a width to wrap at, else they run off the panel
                setPrefWidth(0);
            }
        });
        Button take = new Button("Add trip-wire", new FontIcon("mdi2p-plus"));
        take.setId("honey-take-suggestion");
        take.disableProperty().bind(suggestions.getSelectionModel().selectedItemProperty().isNull());
        take.setOnAction(e -> model.take(suggestions.getSelectionModel().getSelectedItem()));
        Button write = new Button("Write files\u2026", new FontIcon("mdi2f-folder-download-outline"));
        write.setId("honey-write-files");
        write.setTooltip(new Tooltip("Write the honeycluster's YAML, sensor rules and plan to a new or empty folder"
                + " (as ksc generate does)"));
        write.disableProperty().bind(model.previewProperty().isNull().or(model.emptyProperty())
                .or(model.writingProperty()));
        write.setOnAction(e -> folders.chooseFolder("Write the honeycluster's files to a new or empty folder")
                .ifPresent(model::writeFiles));
        Label written = new Label();
        written.setId("honey-written");
        written.setWrapText(true);
        written.setMinHeight(Region.USE_PREF_SIZE);
        written.getStyleClass().add(WorkbenchCss.HINT);
        written.textProperty().bind(model.writtenProperty());
        written.visibleProperty().bind(model.writtenProperty().isNotEmpty());
        written.managedProperty().bind(written.visibleProperty());
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("honey-cancel");
        cancel.setTooltip(new Tooltip("Stop compiling the preview or writing the files"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, take, write, cancel);
        getChildren().addAll(status, coverage, split, suggestionsTitle, suggestions, buttons, written);
    }

    private static void showEmpty(Label status, boolean empty) {
        status.getStyleClass().remove(WorkbenchCss.HINT);
        if (empty) {
            status.getStyleClass().add(WorkbenchCss.HINT);
        }
        status.setGraphic(empty ? new FontIcon("mdi2b-bee") : null);
    }

    private void fill(HoneyclusterViewModel model) {
        TreeItem<Object> root = objects.getRoot();
        root.getChildren().clear();
        for (PlanPreview.Group group : model.groups()) {
            TreeItem<Object> branch = new TreeItem<>(group);
            branch.setExpanded(true);
            for (PlanPreview.Item item : group.items()) {
                branch.getChildren().add(new TreeItem<>(item));
            }
            root.getChildren().add(branch);
        }
    }

    /** A group title or an object {@code Kind/name}; the selected node's objects in accent. */
    private static final class ObjectCell extends TreeCell<Object> {
        private final HoneyclusterViewModel model;

        ObjectCell(HoneyclusterViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll(WorkbenchCss.OF_SELECTED_NODE, Styles.TEXT_BOLD);
            setGraphic(null);
            setTooltip(null);
            if (empty || value == null) {
                setText(null);
                return;
            }
            if (value instanceof PlanPreview.Group group) {
                setText(group.title() + " (" + group.items().size() + ")");
                return;
            }
            PlanPreview.Item item = (PlanPreview.Item) value;
            setText(item.key());
            if (model.highlightedProperty().get().contains(item.key())) {
                // a marker, not only a colour: the row stays recognisable when it is also the selected row
                getStyleClass().addAll(WorkbenchCss.OF_SELECTED_NODE, Styles.TEXT_BOLD);
                setGraphic(new FontIcon("mdi2c-crosshairs-gps"));
                setTooltip(new Tooltip("Made for a trip-wire of the node selected on the canvas"));
            }
        }
    }
}
