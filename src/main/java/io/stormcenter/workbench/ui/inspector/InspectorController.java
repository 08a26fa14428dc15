package io.stormcenter.workbench.ui.inspector;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.Technique;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.ui.controls.DisplayConverter;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** Thin controller of InspectorView.fxml: binds the controls to the {@link InspectorViewModel}, nothing more. */
public final class InspectorController {

    private final InspectorViewModel model;
    private final TripwireEditor dialogs;

    @FXML private Label heading;
    @FXML private Label emptyHint;
    @FXML private VBox form;
    @FXML private VBox modelForm;
    @FXML private TextField modelTitleField;
    @FXML private Label modelTitleError;
    @FXML private TextField modelIdField;
    @FXML private Label modelIdError;
    @FXML private TextArea modelDescriptionField;
    @FXML private TextField labelField;
    @FXML private Label labelError;
    @FXML private TextArea descriptionField;
    @FXML private ComboBox<Role> roleField;
    @FXML private ComboBox<Gate> gateField;
    @FXML private TitledPane estimatesPane;
    @FXML private Label estimatesHint;
    @FXML private TextField probabilityField;
    @FXML private Label probabilityError;
    @FXML private TextField confidenceField;
    @FXML private Label evidenceLine;
    @FXML private Label confidenceError;
    @FXML private TextField costField;
    @FXML private Label costError;
    @FXML private TextField timeField;
    @FXML private Label timeError;
    @FXML private TextField skillField;
    @FXML private Label skillError;
    @FXML private TextField impactField;
    @FXML private Label impactError;
    @FXML private TextArea rationaleField;
    @FXML private FlowPane techniqueChips;
    @FXML private TextField techniqueField;
    @FXML private Button addTechniqueButton;
    @FXML private Label techniqueError;
    @FXML private ListView<Tripwire> tripwireList;
    @FXML private Button addTripwireButton;
    @FXML private Button editTripwireButton;
    @FXML private Button removeTripwireButton;
    @FXML private TextArea notesField;

    public InspectorController(InspectorViewModel model, TripwireEditor dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Loads the FXML with this controller and returns its root. */
    public static Parent load(InspectorViewModel model, TripwireEditor dialogs) {
        FXMLLoader loader = new FXMLLoader(InspectorController.class.getResource(
                "/io/stormcenter/workbench/ui/inspector/InspectorView.fxml"));
        loader.setControllerFactory(type -> new InspectorController(model, dialogs));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the inspector form could not be loaded: " + e.getMessage(), e);
        }
    }

    @FXML
    private void initialize() {
        form.visibleProperty().bind(model.presentProperty());
        form.managedProperty().bind(model.presentProperty());
        emptyHint.visibleProperty().bind(model.presentProperty().not());
        emptyHint.managedProperty().bind(model.presentProperty().not());
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> model.presentProperty().get() ? "Node  \u00b7  " + model.nodeIdProperty().get() : "Model",
                model.presentProperty(), model.nodeIdProperty()));
        modelForm.visibleProperty().bind(model.presentProperty().not());
        modelForm.managedProperty().bind(model.presentProperty().not());
        ModelProperties properties = model.modelProperties();
        bind(modelTitleField, modelTitleError, properties.title());
        bind(modelIdField, modelIdError, properties.id());
        bind(modelDescriptionField, null, properties.description());

        bind(labelField, labelError, model.label());
        bind(descriptionField, null, model.description());
        bind(probabilityField, probabilityError, model.probability());
        bind(confidenceField, confidenceError, model.confidence());
        evidenceLine.textProperty().bind(model.evidenceProperty());
        evidenceLine.visibleProperty().bind(model.evidenceProperty().isNotEmpty());
        evidenceLine.managedProperty().bind(evidenceLine.visibleProperty());
        bind(costField, costError, model.cost());
        bind(timeField, timeError, model.time());
        bind(skillField, skillError, model.skill());
        bind(impactField, impactError, model.impact());
        bind(rationaleField, null, model.rationale());
        bind(notesField, null, model.notes());

        roleField.getItems().setAll(Role.values());
        roleField.setConverter(DisplayConverter.showing(r -> r == Role.ATTACK ? "Attack" : "Defence"));
        roleField.valueProperty().bindBidirectional(model.roleProperty());
        gateField.getItems().setAll(Gate.values());
        gateField.setConverter(DisplayConverter.showing(g -> switch (g) {
            case OR -> "OR \u00b7 any";
            case AND -> "AND \u00b7 all";
            case SAND -> "SAND \u00b7 in order";
        }));
        gateField.valueProperty().bindBidirectional(model.gateProperty());
        estimatesHint.visibleProperty().bind(model.leafProperty().not());
        estimatesHint.managedProperty().bind(model.leafProperty().not());

        techniqueField.textProperty().bindBidirectional(model.newTechnique().textProperty());
        showError(techniqueField, techniqueError, model.newTechnique());
        techniqueField.setOnAction(e -> model.addTechnique());
        addTechniqueButton.setOnAction(e -> model.addTechnique());
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(techniqueField,
                request -> model.completeTechnique(request.getUserText()).stream().map(Technique::display).toList());
        completion.setOnAutoCompleted(e -> Platform.runLater(model::addTechnique));
        // the popup's list carries ControlsFX's stylesheet, which reads Modena colours the theme does not
        // define (a CSS lookup error, and a white-on-white row when dark): the window's come after it and win
        completion.getAutoCompletionPopup().skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && skin.getNode() instanceof Parent list) {
                List<String> ours = techniqueField.getScene() == null
                        ? List.of(InspectorController.class.getResource(WorkbenchCss.STYLESHEET).toExternalForm())
                        : techniqueField.getScene().getStylesheets();
                ours.stream().filter(sheet -> !list.getStylesheets().contains(sheet)).forEach(list.getStylesheets()::add);
            }
        });
        model.techniques().addListener((ListChangeListener<String>) c -> showTechniques());
        showTechniques();

        tripwireList.setItems(model.tripwires());
        tripwireList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Tripwire item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : TripwireForm.summary(item));
            }
        });
        Label noTripwires = new Label("No trip-wires yet: add one to prove this step in a honeycluster.");
        noTripwires.setWrapText(true);
        noTripwires.getStyleClass().add(WorkbenchCss.HINT);
        tripwireList.setPlaceholder(noTripwires);
        addTripwireButton.setGraphic(new FontIcon("mdi2p-plus"));
        addTripwireButton.setOnAction(e -> dialogs.editTripwire(null, model.suggestTripwireId(),
                model.tripwireIdsTaken(null)).ifPresent(model::addTripwire));
        editTripwireButton.disableProperty().bind(tripwireList.getSelectionModel().selectedItemProperty().isNull());
        removeTripwireButton.disableProperty().bind(tripwireList.getSelectionModel().selectedItemProperty().isNull());
        editTripwireButton.setOnAction(e -> editSelectedTripwire());
        tripwireList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelectedTripwire();
            }
        });
        removeTripwireButton.setOnAction(e -> {
            Tripwire selected = tripwireList.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.removeTripwire(selected);
            }
        });
    }

    private void editSelectedTripwire() {
        Tripwire selected = tripwireList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.editTripwire(selected, selected.id(), model.tripwireIdsTaken(selected))
                    .ifPresent(edited -> model.replaceTripwire(selected, edited));
        }
    }

    private void showTechniques() {
        techniqueChips.getChildren().clear();
        for (String id : model.techniques()) {
            Label chip = new Label(id);
            chip.setId("technique-" + id);
            chip.getStyleClass().add(WorkbenchCss.TECHNIQUE_CHIP);
            chip.setTooltip(new Tooltip(model.describeTechnique(id)));
            Button remove = new Button(null, new FontIcon("mdi2c-close-circle-outline"));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setOnAction(e -> model.removeTechnique(id));
            remove.setFocusTraversable(false);
            chip.setGraphic(remove);
            chip.setContentDisplay(ContentDisplay.RIGHT);
            techniqueChips.getChildren().add(chip);
        }
    }

    private void bind(TextInputControl control, Label error, CheckedField<?> field) {
        control.textProperty().bindBidirectional(field.textProperty());
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.endTyping();
            }
        });
        if (error != null) {
            showError(control, error, field);
        }
    }

    private static void showError(TextInputControl control, Label error, CheckedField<?> field) {
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(field.errorProperty().isNotEmpty());
        field.errorProperty().addListener((obs, old, text) ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
    }
}
