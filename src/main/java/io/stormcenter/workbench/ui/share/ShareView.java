package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.stix.StixFormat;
import io.stormcenter.workbench.ui.dialog.DialogService;
import io.stormcenter.workbench.ui.dialog.FileKind;
import java.io.IOException;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Share observations dialog's content: choices, what the bundle holds, and the bundle itself. */
public final class ShareView extends BorderPane {

    public static final String STYLE = "share-view";

    public ShareView(ShareViewModel model, DialogService dialogs, Runnable close) {
        getStyleClass().add(STYLE);
        setPadding(new Insets(16));

        TextField sender = new TextField();
        sender.setId("share-sender");
        sender.setPromptText("Anonymous KSC honeycluster");
        sender.textProperty().bindBidirectional(model.senderProperty());
        ComboBox<ShareViewModel.Window> window = new ComboBox<>();
        window.setId("share-window");
        window.getItems().setAll(ShareViewModel.Window.values());
        window.valueProperty().bindBidirectional(model.windowProperty());
        CheckBox hash = new CheckBox("Replace addresses by keyed pseudo-addresses instead of cutting them to /24");
        hash.setId("share-hash");
        hash.selectedProperty().bindBidirectional(model.hashAddressesProperty());

        GridPane choices = new GridPane();
        choices.setHgap(12);
        choices.setVgap(8);
        choices.addRow(0, new Label("Sessions from"), window);
        choices.addRow(1, new Label("Signed as"), sender);
        choices.add(hash, 1, 2);
        GridPane.setHgrow(sender, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("share-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("share-summary");
        TextArea preview = new TextArea();
        preview.setId("share-preview");
        preview.setEditable(false);
        preview.getStyleClass().add("share-preview");
        preview.textProperty().bind(model.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label heading = new Label("Share observations as STIX 2.1 sightings");
        heading.getStyleClass().add("title-3");
        VBox body = new VBox(12, heading, choices, summary, preview);
        setCenter(body);

        Button save = new Button("Save bundle…");
        save.setId("share-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.shareableProperty().not());
        save.setOnAction(e -> dialogs.chooseFileToSave("Save the shared sightings", "sightings" + StixFormat.EXTENSION,
                FileKind.STIX).ifPresent(file -> {
                    try {
                        model.save(file);
                        close.run();
                    } catch (IOException | RuntimeException failure) {
                        dialogs.showError("Could not save", failure.getMessage());
                    }
                }));
        Button cancel = new Button("Close");
        cancel.setId("share-close");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, save);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        setBottom(buttons);
    }
}
