package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.stix.StixFormat;
import io.stormcenter.workbench.ui.dialog.DialogService;
import io.stormcenter.workbench.ui.dialog.FileKind;
import io.stormcenter.workbench.ui.report.ReportWindow;
import java.io.IOException;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
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
        ComboBox<ReportWindow> window = new ComboBox<>();
        window.setId("share-window");
        window.getItems().setAll(ReportWindow.values());
        window.valueProperty().bindBidirectional(model.windowProperty());
        ComboBox<ShareViewModel.Gap> gap = new ComboBox<>();
        gap.setId("share-gap");
        gap.getItems().setAll(ShareViewModel.Gap.values());
        gap.valueProperty().bindBidirectional(model.gapProperty());
        CheckBox hash = new CheckBox("Replace public addresses by keyed pseudo-addresses too, not just cut to /24");
        hash.setId("share-hash");
        hash.selectedProperty().bindBidirectional(model.hashAddressesProperty());

        ToggleGroup source = new ToggleGroup();
        RadioButton fromStore = new RadioButton("Observation store");
        fromStore.setId("share-from-store");
        fromStore.setToggleGroup(source);
        RadioButton fromHeat = new RadioButton("What the heat panel shows (a replayed capture, a live collection)");
        fromHeat.setId("share-from-heat");
        fromHeat.setToggleGroup(source);
        (model.fromStoreProperty().get() ? fromStore : fromHeat).setSelected(true);
        fromStore.selectedProperty().addListener((obs, old, now) -> model.fromStoreProperty().set(now));
        TextField store = new TextField();
        store.setId("share-store");
        store.setPromptText(model.defaultStore());
        store.textProperty().bindBidirectional(model.storeProperty());
        store.disableProperty().bind(fromStore.selectedProperty().not());
        Button chooseStore = new Button("Choose…");
        chooseStore.setId("share-choose-store");
        chooseStore.disableProperty().bind(store.disableProperty());
        chooseStore.setOnAction(e -> dialogs.chooseFileToOpen("Observation store to share from", FileKind.STORE)
                .ifPresent(file -> model.storeProperty().set(file.toString())));
        HBox storeRow = new HBox(8, fromStore, store, chooseStore);
        storeRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(store, Priority.ALWAYS);
        HBox windowRow = new HBox(8, window, new Label("Session gap"), gap);
        windowRow.setAlignment(Pos.CENTER_LEFT);

        GridPane choices = new GridPane();
        choices.setHgap(12);
        choices.setVgap(8);
        choices.addRow(0, new Label("Observations"), storeRow);
        choices.add(fromHeat, 1, 1);
        choices.addRow(2, new Label("Sessions from"), windowRow);
        choices.addRow(3, new Label("Signed as"), sender);
        choices.add(hash, 1, 4);
        GridPane.setHgrow(sender, Priority.ALWAYS);
        GridPane.setHgrow(storeRow, Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // the labels keep their words; the fields give way
        choices.getColumnConstraints().setAll(labels, new ColumnConstraints());

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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, save);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        setBottom(buttons);
    }
}
