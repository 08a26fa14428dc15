package io.stormcenter.workbench.ui.report;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.report.PaperSize;
import io.stormcenter.workbench.ui.controls.DisplayConverter;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.dialog.DialogService;
import io.stormcenter.workbench.ui.dialog.FileKind;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Export Report dialog's content: the report's choices, the progress of its writing, and what came of it. */
public final class ReportExportView extends BorderPane {

    public static final String STYLE = "report-export-view";

    public ReportExportView(ReportExportViewModel model, DialogService dialogs, Runnable close) {
        getStyleClass().add(STYLE);
        setPadding(new Insets(16));

        ComboBox<ReportWindow> window = new ComboBox<>();
        window.setId("report-window");
        window.getItems().setAll(ReportWindow.values());
        window.valueProperty().bindBidirectional(model.windowProperty());
        TextField budget = new TextField();
        budget.setId("report-budget");
        budget.setPromptText("none: every proposal that lowers the risk");
        budget.textProperty().bindBidirectional(model.budgetProperty());
        Label budgetProblem = new Label();
        budgetProblem.setId("report-budget-problem");
        budgetProblem.getStyleClass().add(WorkbenchCss.HINT);
        budgetProblem.textProperty().bind(model.budgetProblemProperty());
        budgetProblem.visibleProperty().bind(model.budgetProblemProperty().isNotEmpty());
        budgetProblem.managedProperty().bind(budgetProblem.visibleProperty());
        ComboBox<AttackerProfile> profile = new ComboBox<>(model.profiles());
        profile.setId("report-profile");
        profile.setConverter(DisplayConverter.showing(AttackerProfile::name));
        profile.valueProperty().bindBidirectional(model.profileProperty());
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.setId("report-paper");
        paper.getItems().setAll(PaperSize.values());
        paper.setConverter(DisplayConverter.showing(p -> p == PaperSize.A4 ? "A4" : "US Letter"));
        paper.valueProperty().bindBidirectional(model.paperProperty());
        CheckBox anonymise = new CheckBox("Show source addresses by their network only (anonymised)");
        anonymise.setId("report-anonymise");
        anonymise.setWrapText(true);
        anonymise.selectedProperty().bindBidirectional(model.anonymiseProperty());
        CheckBox shared = new CheckBox("Count others' imported STIX sightings, labelled by origin");
        shared.setId("report-shared");
        shared.setWrapText(true);
        shared.selectedProperty().bindBidirectional(model.includeSharedProperty());

        GridPane choices = new GridPane();
        choices.setHgap(12);
        choices.setVgap(8);
        choices.addRow(0, name("Observations"), window);
        choices.addRow(1, name("Budget for defences ($)"), budget);
        choices.add(budgetProblem, 1, 2);
        choices.addRow(3, name("Attacker profile"), profile);
        choices.addRow(4, name("Paper"), paper);
        choices.add(anonymise, 1, 5);
        choices.add(shared, 1, 6);
        GridPane.setHgrow(budget, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("report-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label step = new Label();
        step.setId("report-step");
        step.setWrapText(true);
        step.textProperty().bind(model.stepProperty());
        Label heading = new Label("Export the PDF risk report");
        heading.getStyleClass().add("title-3");
        Label about = new Label("The current risk with its interval, the most likely attack paths, the best defences"
                + " for the budget, the tree with heat, every step's estimate and evidence, the sessions, the method"
                + " and the trip-wire inventory. Without observations it is the design-time assessment and says so.");
        about.setWrapText(true);
        about.getStyleClass().add(WorkbenchCss.HINT);
        setCenter(new VBox(12, heading, about, choices, progress, step));

        Button export = new Button("Export PDF\u2026");
        export.setId("report-export");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.exportableProperty().not());
        export.setOnAction(e -> dialogs.chooseFileToSave("Export the risk report", model.suggestedFileName(),
                FileKind.PDF).ifPresent(model::export));
        Button cancel = new Button("Cancel");
        cancel.setId("report-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button closing = new Button("Close");
        closing.setId("report-close");
        closing.setCancelButton(true);
        closing.setOnAction(e -> {
            model.cancel();
            close.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, closing, export);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        setBottom(buttons);
    }

    /** A field's name: never cut short, the fields take what room is left. */
    private static Label name(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
