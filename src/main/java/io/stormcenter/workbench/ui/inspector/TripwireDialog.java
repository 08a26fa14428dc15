package io.stormcenter.workbench.ui.inspector;

import io.stormcenter.workbench.honeycluster.TripwireCatalogue;
import io.stormcenter.workbench.honeycluster.TripwireParameter;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The trip-wire form: id, kind, and every parameter the trip-wire catalogue knows for that kind,
 * checked as they are typed by the catalogue itself; OK is enabled only when the form is valid, and
 * parameters the form does not show are kept. Built in code because its
 * fields change with the kind.
 */
public final class TripwireDialog extends Dialog<Tripwire> {

    private final TextField id = new TextField();
    private final ComboBox<TripwireKind> kind = new ComboBox<>();
    private final GridPane params = new GridPane();
    private final Label problems = new Label();
    private final Map<String, Supplier<String>> values = new LinkedHashMap<>();
    private final Map<String, String> typed = new HashMap<>();
    private final Set<String> takenIds;
    private final TripwireForm form = new TripwireForm(new TripwireCatalogue());

    public TripwireDialog(Tripwire initial, String suggestedId, Set<String> takenIds) {
        this.takenIds = takenIds;
        setTitle(initial == null ? "Add trip-wire" : "Edit trip-wire");
        setHeaderText(initial == null ? "A trip-wire proves that this attack step happened" : "Trip-wire " + initial.id());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("tripwire-dialog");
        id.setId("tripwire-id");
        kind.setId("tripwire-kind");
        kind.getItems().setAll(TripwireKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TripwireKind value) {
                return value == null ? "" : value.key();
            }

            @Override
            public TripwireKind fromString(String text) {
                return TripwireKind.fromKey(text);
            }
        });
        problems.getStyleClass().add(WorkbenchCss.FIELD_ERROR);
        problems.setWrapText(true);
        problems.setId("tripwire-problems");
        params.setHgap(10);
        params.setVgap(6);
        GridPane head = new GridPane();
        head.setHgap(10);
        head.setVgap(6);
        head.addRow(0, new Label("Id"), id);
        head.addRow(1, new Label("Kind"), kind);
        VBox content = new VBox(12, head, params, problems);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        if (initial != null) {
            typed.putAll(initial.params());
        }
        id.setText(initial == null ? suggestedId : initial.id());
        kind.setValue(initial == null ? TripwireKind.AUDIT : initial.kind());
        kind.valueProperty().addListener((obs, old, k) -> rebuild());
        id.textProperty().addListener((obs, old, t) -> check());
        rebuild();
        setResultConverter(button -> button == ButtonType.OK
                ? form.build(initial, id.getText(), kind.getValue(), currentValues()) : null);
    }

    private void rebuild() {
        values.forEach((key, value) -> typed.put(key, value.get()));
        params.getChildren().clear();
        values.clear();
        int row = 0;
        for (TripwireParameter param : form.params(kind.getValue())) {
            Node field;
            String current = typed.getOrDefault(param.key(), "");
            if (param.choices().isEmpty()) {
                TextField text = new TextField(current);
                text.setPromptText(param.hint());
                text.textProperty().addListener((obs, old, t) -> check());
                values.put(param.key(), text::getText);
                field = text;
            } else {
                ComboBox<String> choice = new ComboBox<>();
                if (!param.required()) {
                    choice.getItems().add("");
                }
                choice.getItems().addAll(param.choices());
                choice.setValue(current);
                choice.valueProperty().addListener((obs, old, t) -> check());
                choice.setMaxWidth(Double.MAX_VALUE);
                values.put(param.key(), () -> choice.getValue() == null ? "" : choice.getValue());
                field = choice;
            }
            field.setId("tripwire-param-" + param.key());
            GridPane.setFillWidth(field, true);
            params.addRow(row++, new Label(param.label() + (param.required() ? " *" : "")), field);
        }
        check();
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private Map<String, String> currentValues() {
        Map<String, String> current = new HashMap<>();
        values.forEach((key, value) -> current.put(key, value.get()));
        return current;
    }

    private void check() {
        Map<String, String> errors = form.check(id.getText(), kind.getValue(), currentValues(), takenIds);
        problems.setText(String.join("\n", errors.values()));
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        if (ok != null) {
            ok.setDisable(!errors.isEmpty());
        }
    }
}
