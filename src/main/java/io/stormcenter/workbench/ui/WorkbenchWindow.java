package io.stormcenter.workbench.ui;

import static io.stormcenter.workbench.ui.actions.StandardAction.*;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.MessageSkin;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.format.WorkbenchVersion;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.picture.Overlay;
import io.stormcenter.workbench.ui.heat.CaptureReplay;
import io.stormcenter.workbench.ui.heat.HeatPanel;
import io.stormcenter.workbench.ui.heat.HeatViewModel;
import io.stormcenter.workbench.ui.heat.LiveTiming;
import io.stormcenter.workbench.picture.ProblemOverlay;
import io.stormcenter.workbench.picture.ScenarioOverlay;
import io.stormcenter.workbench.ui.actions.ActionFactory;
import io.stormcenter.workbench.ui.actions.Command;
import io.stormcenter.workbench.ui.actions.ShortcutHelp;
import io.stormcenter.workbench.ui.actions.StandardAction;
import io.stormcenter.workbench.ui.canvas.FindViewModel;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.ui.background.BackgroundWork;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.ui.canvas.EditorViewModel;
import io.stormcenter.workbench.ui.canvas.TreeCanvasView;
import io.stormcenter.workbench.ui.canvas.WholeTreePicture;
import io.stormcenter.workbench.ui.controls.PanelTab;
import io.stormcenter.workbench.ui.controls.PanelTabPane;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.dialog.DialogService;
import io.stormcenter.workbench.ui.document.TreeDocument;
import io.stormcenter.workbench.ui.files.RecentFiles;
import io.stormcenter.workbench.ui.files.RecoveryStore;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.honeycluster.HoneyclusterView;
import io.stormcenter.workbench.ui.honeycluster.HoneyclusterViewModel;
import io.stormcenter.workbench.ui.inspector.InspectorController;
import io.stormcenter.workbench.ui.inspector.InspectorViewModel;
import io.stormcenter.workbench.model.TechniqueCatalogue;
import io.stormcenter.workbench.ui.panels.AnalysisRunner;
import io.stormcenter.workbench.ui.panels.AnalysisView;
import io.stormcenter.workbench.ui.panels.AnalysisViewModel;
import io.stormcenter.workbench.ui.panels.OutlineView;
import io.stormcenter.workbench.ui.panels.OutlineViewModel;
import io.stormcenter.workbench.ui.panels.ProblemsView;
import io.stormcenter.workbench.ui.panels.ProblemsViewModel;
import io.stormcenter.workbench.ui.panels.RiskView;
import io.stormcenter.workbench.ui.panels.RiskViewModel;
import io.stormcenter.workbench.picture.DefenceStatusOverlay;
import io.stormcenter.workbench.ui.report.DesktopOpener;
import io.stormcenter.workbench.ui.report.DocumentOpener;
import io.stormcenter.workbench.ui.report.ModelReportSources;
import io.stormcenter.workbench.ui.report.ReportExportView;
import io.stormcenter.workbench.ui.report.ReportExportViewModel;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.report.PdfReport;
import io.stormcenter.workbench.report.ReportAssembler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workbench window, assembled: builds the view models and views and wires them. Menu bar
 * and tool bar on top, outline and problems on the left, the canvas (or the start page) in the
 * middle, inspector and analysis on the right, a status bar below. Later views add tabs with
 * {@link #addLeftTab(Tab)} / {@link #addRightTab(Tab)} and status items through {@link #statusBar()}.
 */
public final class WorkbenchWindow {

    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256", "512"};

    /** Edits come fast: the analysis waits this long for the next before it runs. */
    private static final Duration ANALYSIS_DEBOUNCE = Duration.ofMillis(150);
    /** Correlation waits this long for the next change (a scrubber moved by keys, a window chosen). */
    private static final Duration HEAT_DEBOUNCE = Duration.ofMillis(60);
    /** Live heat: an arrival is shown within this (plus one frame), and heat repaints at most 5 times a second. */
    private static final long HEAT_LIVE_PULSE_MILLIS = 200;
    /** While collecting, the relative heat windows move on with the clock this often (off the FX thread). */
    private static final long HEAT_SLIDE_MILLIS = 5_000;
    /** Compiling the plan is slower and less urgent than the values on the cards. */
    private static final Duration PREVIEW_DEBOUNCE = Duration.ofMillis(300);
    /** Validation follows a pause in typing, as the analysis does. */
    private static final Duration PROBLEMS_DEBOUNCE = Duration.ofMillis(150);

    private final Stage stage;
    private final TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
    // every background thread of the window; closed with it
    private final BackgroundWork background = new BackgroundWork(Platform::runLater);
    private final EditorViewModel editor;
    private final AnalysisViewModel analysis;
    private final HoneyclusterViewModel honeycluster;
    private final WorkbenchViewModel files;
    private final TreeCanvasView canvas;
    private final HeatViewModel heat;
    /** Where "Replay demo capture" plays the capture: one lane, so replays reuse its thread and closing stops it. */
    private final TaskLane replayLane;
    private final RiskViewModel risk;
    private final ProblemsViewModel problems;
    private final WholeTreePicture picture;
    // the narrowest widths at which the panels' contents still read well (the tab bars may need more)
    private final PanelTabPane leftTabs = new PanelTabPane(250);
    private final PanelTabPane rightTabs = new PanelTabPane(340);
    private final SidePanels sidePanels;
    private final StatusBar statusBar = new StatusBar();
    private final StartPage startPage;
    private final Scene scene;
    private final DialogService dialogs;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final TextField findField = new TextField();
    private ActionFactory actions;
    /** A tree was opened and has not been framed on its most likely path yet. */
    private boolean openingStory;
    /** No heat was framed since the tree was opened or a replay started; and how often the user had moved the view then. */
    private boolean heatUnframed;
    private long userMovesBeforeHeat;

    public WorkbenchWindow(Stage stage, WorkbenchHome home, Path sampleDir,
                           Function<Window, DialogService> dialogFactory, boolean dark, int width, int height) {
        this(stage, home, sampleDir, dialogFactory, dark, width, height, Clock.systemUTC());
    }

    /** @param clock "now" for the heat panel's windows while a collection runs (tests set it) */
    public WorkbenchWindow(Stage stage, WorkbenchHome home, Path sampleDir,
                           Function<Window, DialogService> dialogFactory, boolean dark, int width, int height,
                           Clock clock) {
        this.stage = stage;
        this.dialogs = dialogFactory.apply(stage);
        editor = new EditorViewModel(document);
        analysis = new AnalysisViewModel(document, new AnalysisRunner(background.lane("analysis", ANALYSIS_DEBOUNCE)));
        files = new WorkbenchViewModel(document, dialogs, new RecentFiles(home.recentFiles()),
                new RecoveryStore(home.recoveryDir()), background.thread("io"), Platform::runLater,
                background.thread("timer"), sampleDir);
        InspectorViewModel inspector = new InspectorViewModel(document, editor.primaryProperty(), TechniqueCatalogue.builtIn());
        OutlineViewModel outline = new OutlineViewModel(document);
        problems = new ProblemsViewModel(document, background.lane("problems", PROBLEMS_DEBOUNCE));

        // the canvas's overlays: the lit scenario, then the problems (their sign wins the corner)
        ObservableList<Overlay> overlays = FXCollections.observableArrayList(
                new ScenarioOverlay(Set.of(), Set.of()), new ProblemOverlay(problems::problemsOf));
        canvas = new TreeCanvasView(editor, analysis::values, overlays);
        analysis.scenarioNodesProperty().addListener((obs, old, nodes) -> overlays.set(0,
                new ScenarioOverlay(nodes, analysis.scenarioLeavesProperty().get())));
        analysis.scenarioLeavesProperty().addListener((obs, old, leaves) -> overlays.set(0,
                new ScenarioOverlay(analysis.scenarioNodesProperty().get(), leaves)));
        // heat and the selected session's path go above the rest (issue 13)
        heat = new HeatViewModel(document::tree, SessionRules.defaults(List.of()),
                background.lane("heat", HEAT_DEBOUNCE), Platform::runLater, background.thread("heat-live"),
                new LiveTiming(clock, HEAT_LIVE_PULSE_MILLIS, HEAT_SLIDE_MILLIS));
        replayLane = background.lane("heat-replay", Duration.ZERO);
        overlays.addAll(heat.overlayProperty().get(), heat.sessionOverlayProperty().get());
        heat.overlayProperty().addListener((obs, old, overlay) -> {
            overlays.set(2, overlay);
            frameFirstHeat();
        });
        heat.sessionOverlayProperty().addListener((obs, old, overlay) -> overlays.set(3, overlay));
        // the evidence figures and the what-if of proposed defences (issue 14): calibrated by the heat panel's
        // sessions and the sightings imported for the model; the ticked proposals are marked on the canvas
        risk = new RiskViewModel(document, analysis.profileProperty(), heat.sessions(), this::importedSightings,
                background.lane("risk", ANALYSIS_DEBOUNCE));
        overlays.add(new DefenceStatusOverlay(document.tree(), Set.of()));
        risk.figuresProperty().addListener((obs, old, figures) -> {
            int at = overlays.size() - 1;
            if (overlays.get(at) instanceof DefenceStatusOverlay) {
                overlays.set(at, new DefenceStatusOverlay(document.tree(), figures == null ? Set.of() : figures.chosen()));
            }
            inspector.evidenceProperty().set(risk.figuresOf(editor.primary()));
            if (editor.badgeDomainProperty().get() == BadgeDomain.CALIBRATED) {
                canvas.refreshDecorations();
            }
        });
        editor.primaryProperty().addListener((obs, old, id) -> inspector.evidenceProperty().set(risk.figuresOf(id)));
        editor.provideBadges(BadgeDomain.CALIBRATED, risk::badges);
        editor.provideBadges(BadgeDomain.HEAT, () -> ((HeatOverlay) heat.overlayProperty().get()).badges());
        problems.problems().addListener((ListChangeListener<Problem>) c -> canvas.refreshDecorations());
        analysis.resultProperty().addListener((obs, old, r) -> canvas.refreshValues());
        analysis.scenarioLeavesProperty().addListener((obs, old, leaves) -> {
            if (!leaves.isEmpty() && analysis.selectedScenarioProperty().get() != null) {
                canvas.showAll(litPath(analysis.selectedScenarioProperty().get().scenario().leaves()));
            }
        });
        // the heat follows the tree as it is edited (debounced on its lane; only edits heat depends on correlate again)
        document.treeProperty().addListener((obs, old, tree) -> heat.treeChanged());
        document.generationProperty().addListener((obs, old, g) -> {
            editor.select(null);
            editor.expandAll();
            canvas.showOpened();
            openingStory = document.tree().size() > 1;
            expectHeat();
        });
        // the scenarios are filled after the result is set: frame once they are all there
        analysis.resultProperty().addListener((obs, old, r) -> Platform.runLater(this::frameOpenedTree));
        picture = new WholeTreePicture(document::tree, analysis::values, editor::cardTexts,
                this::stylesheets);
        darkTheme.set(dark);
        applyTheme();
        darkTheme.addListener((obs, old, on) -> applyTheme());

        Tab outlineTab = PanelTab.of("tab-outline", "Outline", "mdi2f-file-tree-outline",
                "The tree as a searchable list", new OutlineView(outline, editor));
        Tab problemsTab = PanelTab.of("tab-problems", "Problems", "mdi2a-alert-circle-outline",
                "What validation found in the tree; click one to select its node", new ProblemsView(problems, editor));
        problemsTab.textProperty().bind(problems.summaryProperty());
        leftTabs.getTabs().addAll(shrinkable(outlineTab), shrinkable(problemsTab));
        leftTabs.setId("left-tabs");
        Parent inspectorView = InspectorController.load(inspector, dialogs);
        Tab inspectorTab = PanelTab.of("tab-inspector", "Node", "mdi2p-pencil-outline",
                "Inspector: everything on the selected node", inspectorView);
        Tab analysisTab = PanelTab.of("tab-analysis", "Analysis", "mdi2c-chart-bar",
                "Root values, attacker profiles and the top attack scenarios", analysisView(risk));
        honeycluster = new HoneyclusterViewModel(document, editor.primaryProperty(),
                background.lane("honeycluster", PREVIEW_DEBOUNCE), background.lane("honeycluster-files", Duration.ZERO),
                HoneyclusterViewModel::preview);
        Tab honeyclusterTab = PanelTab.of("tab-honeycluster", "Honey", "mdi2b-bee",
                "Honeycluster: the Kubernetes objects and sensor rules this tree compiles to",
                new HoneyclusterView(honeycluster, dialogs));
        Tab heatTab = PanelTab.of("tab-heat", "Heat", "mdi2f-fire",
                "Heat: attacker sessions and heat on the tree's edges, over a time window", new HeatPanel(heat));
        leftTabs.getTabs().add(shrinkable(heatTab));
        rightTabs.getTabs().addAll(shrinkable(inspectorTab), shrinkable(analysisTab), shrinkable(honeyclusterTab));
        rightTabs.setId("right-tabs");
        for (TabPane pane : List.of(leftTabs, rightTabs)) {
            pane.getStyleClass().add(Styles.TABS_FLOATING);
        }

        startPage = new StartPage(files, iconImage("256"), () -> replayDemoCapture(sampleDir));
        startPage.visibleProperty().bind(files.startPageShownProperty());
        StackPane center = new StackPane(canvas, startPage);
        Message banner = banner();
        VBox middle = new VBox(banner, center);
        VBox.setVgrow(center, Priority.ALWAYS);

        // the canvas scrolls: it must never force the window wider than the screen
        middle.setMinWidth(0);
        center.setMinWidth(0);
        sidePanels = new SidePanels(leftTabs, middle, rightTabs);
        BorderPane root = new BorderPane(sidePanels.node());
        root.setId("workbench");
        FindViewModel find = new FindViewModel(editor);
        PaneFocus paneFocus = new PaneFocus(() -> stage.getScene() == null ? null : stage.getScene().getFocusOwner(), canvas,
                canvas::focusCanvas, inspectorView, () -> selectRightTab(WindowTab.NODE.tabId()));
        actions = new ActionFactory(commands(find, paneFocus), this::typingInTextField);
        canvas.gestures().useActions(WorkbenchMenus.contextMenu(actions), actions::handleCanvasKey);
        root.setTop(new VBox(WorkbenchMenus.menuBar(actions, recentMenu()), toolBar(find)));
        root.setBottom(statusBar);
        statusItems(problems);

        scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(WorkbenchCss.stylesheets(Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)));
        actions.installKeys(scene, WorkbenchMenus.inMenuBar());
        stage.setScene(scene);
        stage.titleProperty().bind(files.titleProperty());
        for (String size : ICON_SIZES) {
            Image image = iconImage(size);
            if (image != null) {
                stage.getIcons().add(image);
            }
        }
        stage.setOnCloseRequest(e -> {
            if (!files.requestClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> shutdown());
        canvas.fitToWindow();
    }

    // ---- commands, menus and tools ----

    /** What each action of the catalogue does in this window. */
    private Map<StandardAction, Command> commands(FindViewModel find, PaneFocus paneFocus) {
        Map<StandardAction, Command> c = new EnumMap<>(StandardAction.class);
        c.put(NEW_TREE, Command.of(files::newTree));
        c.put(OPEN, Command.of(files::open));
        c.put(IMPORT_ADTOOL, Command.of(files::importAdtool));
        c.put(IMPORT_STIX, Command.of(files::importStix));
        c.put(SAVE, Command.of(files::save));
        c.put(SAVE_AS, Command.of(files::saveAs));
        c.put(EXPORT_PNG, Command.of(() -> files.exportPng(picture)));
        c.put(EXPORT_SVG, Command.of(() -> files.exportSvg(WorkbenchViewModel.TreeLayoutSource.full(),
                editor.cardTexts(), analysis)));
        c.put(EXPORT_ADTOOL, Command.of(files::exportAdtool));
        c.put(EXPORT_DOT, Command.of(files::exportDot));
        c.put(EXPORT_STIX, Command.of(files::exportStix));
        c.put(EXPORT_REPORT, Command.of(this::exportReport));
        c.put(SHARE_OBSERVATIONS, Command.of(this::shareObservations));
        c.put(CLOSE, Command.of(files::closeTree));
        c.put(START_PAGE, Command.of(files::showStartPage));
        c.put(QUIT, Command.of(() -> {
            if (files.requestClose()) {
                stage.hide();
            }
        }));
        c.put(UNDO, Command.of(editor::undo).disabledWhen(document.canUndoProperty().not()));
        c.put(REDO, Command.of(editor::redo).disabledWhen(document.canRedoProperty().not()));
        c.put(CUT, Command.of(editor::cut));
        c.put(COPY, Command.of(editor::copy));
        c.put(PASTE, Command.of(editor::paste));
        c.put(DUPLICATE, Command.of(editor::duplicate));
        c.put(FIND, Command.of(this::focusFind));
        c.put(FIND_NEXT, Command.of(find::next));
        c.put(FIND_PREVIOUS, Command.of(find::previous));
        c.put(RENAME, onSelected(editor::requestRename));
        c.put(DELETE_NODE, Command.of(editor::deleteSelected));
        c.put(DELETE_SUBTREE, Command.of(editor::deleteSelectedSubtrees));
        // with nothing selected there is nothing to add to: Tab then moves the focus on, as everywhere else
        c.put(ADD_CHILD, Command.of(editor::addChild).disabledWhen(editor.primaryProperty().isNull()));
        c.put(ADD_SIBLING, Command.of(editor::addSibling));
        c.put(ADD_DEFENCE, Command.of(editor::addDefence));
        c.put(GATE_OR, gate(Gate.OR));
        c.put(GATE_AND, gate(Gate.AND));
        c.put(GATE_SAND, gate(Gate.SAND));
        c.put(COLLAPSE, onSelected(editor::toggleCollapsed));
        c.put(SELECT_PARENT, Command.of(() -> editor.navigate("up")));
        c.put(SELECT_CHILD, Command.of(() -> editor.navigate("down")));
        c.put(SELECT_LEFT, Command.of(() -> editor.navigate("left")));
        c.put(SELECT_RIGHT, Command.of(() -> editor.navigate("right")));
        c.put(EXPAND_ALL, Command.of(editor::expandAll));
        c.put(RELAYOUT, Command.of(editor::relayout));
        c.put(ZOOM_IN, Command.of(canvas::zoomIn));
        c.put(ZOOM_OUT, Command.of(canvas::zoomOut));
        c.put(ZOOM_100, Command.of(canvas::actualSize));
        c.put(FIT, Command.of(canvas::fitToWindow));
        c.put(SHOW_LIKELY_PATH, Command.of(this::showLikelyPath));
        c.put(OVERVIEW, Command.setting(canvas.overviewShownProperty()));
        c.put(LEFT_PANEL, Command.setting(sidePanels.leftShownProperty()));
        c.put(RIGHT_PANEL, Command.setting(sidePanels.rightShownProperty()));
        c.put(SWITCH_PANE, Command.of(paneFocus::toggle));
        c.put(FOCUS_FIELDS, Command.of(paneFocus::toInspector));
        c.put(DARK_THEME, Command.setting(darkTheme));
        c.put(SHORTCUTS, Command.of(() -> dialogs.showShortcuts(ShortcutHelp.of(c.keySet()))));
        c.put(ABOUT, Command.of(() -> dialogs.showInformation("About", WorkbenchVersion.current().describe(),
                "Draw attack trees for Kubernetes, quantify them, and deploy a honeycluster that proves them.\n\n"
                        + WorkbenchVersion.runtime())));
        return c;
    }

    /**
     * The analysis panel, scrolling as a whole on a short screen: its scenario table keeps room for a
     * scenario or two (at 1280x800 the figures and the what-if list above it left the table 100 px).
     */
    private Parent analysisView(RiskViewModel evidence) {
        AnalysisView view = new AnalysisView(analysis);
        view.showBelowMetrics(new RiskView(evidence));
        ScrollPane scrolling = new ScrollPane(view);
        scrolling.setId("analysis-scroll");
        scrolling.setFitToWidth(true);
        scrolling.setFitToHeight(true);
        scrolling.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scrolling;
    }

    /** Others' sightings imported beside the open model's default store; none for an untitled tree. */
    private io.stormcenter.workbench.analysis.EvidenceSet importedSightings() {
        Path file = document.file();
        if (file == null) {
            return io.stormcenter.workbench.analysis.EvidenceSet.empty();
        }
        try {
            return io.stormcenter.workbench.stix.SharedEvidence.beside(
                    io.stormcenter.workbench.telemetry.StoreLocation.besideModel(file).sqliteFile()).load(document.tree());
        } catch (java.io.IOException | RuntimeException unreadable) {
            return io.stormcenter.workbench.analysis.EvidenceSet.empty(); // the own sessions still count
        }
    }

    /** A lit scenario's cards to show whole: its steps and the goal they lead to. */
    private List<String> litPath(List<String> leaves) {
        List<String> path = new ArrayList<>(leaves);
        path.add(document.tree().rootId());
        return path;
    }

    /**
     * Lights a scenario (0-based) so that it is seen whole: when its path does not fit the canvas at
     * a readable zoom beside both side panels, the outline panel makes room (Ctrl+B brings it back).
     * A left panel showing something else (the heat, the problems) was asked for and stays.
     */
    public void showScenarioWhole(int index) {
        if (index < 0 || index >= analysis.scenarios().size()) {
            return;
        }
        List<String> path = litPath(analysis.scenarios().get(index).scenario().leaves());
        if (!canvas.fitsReadable(path) && sidePanels.leftShownProperty().get() && outlineShown()) {
            sidePanels.leftShownProperty().set(false);
            editor.say("The outline panel is hidden to show the whole attack path; "
                    + LEFT_PANEL.keyText() + " shows it again.");
        }
        analysis.selectScenario(-1);
        analysis.selectScenario(index);
    }

    private boolean outlineShown() {
        Tab selected = leftTabs.getSelectionModel().getSelectedItem();
        return selected == null || WindowTab.OUTLINE.tabId().equals(selected.getId());
    }

    /** Lights the most likely scenario; the canvas then shows all its steps. */
    private void showLikelyPath() {
        analysis.rankingProperty().set(Ranking.MOST_LIKELY);
        analysis.selectScenario(-1);
        analysis.selectScenario(0);
    }

    /**
     * The view a freshly opened tree gets once its analysis is in: the whole tree when it is
     * readable so, else the story, the most likely scenario lit with all its steps in view.
     */
    private void frameOpenedTree() {
        if (!openingStory || analysis.runningProperty().get()) {
            return;
        }
        openingStory = false;
        if (!canvas.wholeTreeReadable() && !analysis.scenarios().isEmpty()) {
            analysis.rankingProperty().set(Ranking.MOST_LIKELY);
            showScenarioWhole(0);
        }
    }

    /** A command on the selected node; nothing when none is selected. */
    private Command onSelected(java.util.function.Consumer<String> command) {
        return Command.of(() -> {
            if (editor.primary() != null) {
                command.accept(editor.primary());
            }
        });
    }

    /** A gate choice: marked while the selected node has that gate. */
    private Command gate(Gate gate) {
        BooleanBinding chosen = Bindings.createBooleanBinding(() -> {
            String id = editor.primary();
            return id != null && document.tree().contains(id) && document.tree().node(id).gate() == gate;
        }, editor.primaryProperty(), document.treeProperty());
        return Command.choice(() -> editor.setGate(gate), chosen);
    }

    private Menu recentMenu() {
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path file : files.recent().files()) {
                MenuItem item = new MenuItem(file.getFileName() + "   " + file.getParent());
                item.setOnAction(e -> files.open(file));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        fillRecent.run();
        files.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        return recent;
    }

    private ToolBar toolBar(FindViewModel find) {
        ComboBox<BadgeDomain> domain = new ComboBox<>();
        domain.getItems().setAll(BadgeDomain.values());
        domain.setId("tool-domain");
        domain.valueProperty().bindBidirectional(editor.badgeDomainProperty());
        domain.setTooltip(new Tooltip("Badges: which values the cards show"));
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.getStyleClass().add(WorkbenchCss.ZOOM_LABEL);
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.zoomProperty().get() * 100) + " %",
                canvas.zoomProperty()));
        return WorkbenchMenus.toolBar(actions, zoom, List.of(domain),
                List.of(new Spacer(), findField(find)));
    }

    /** Ctrl+F: Enter and F3 go to the next match, Shift+Enter and Shift+F3 back, Escape returns to the canvas. */
    private HBox findField(FindViewModel find) {
        findField.setId("find-field");
        findField.setPromptText("Find (" + StandardAction.FIND.keyText() + ")");
        findField.setPrefColumnCount(8);
        findField.textProperty().bindBidirectional(find.queryProperty());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    find.previous();
                } else {
                    find.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                canvas.focusViewport();
                e.consume();
            }
        });
        Label status = new Label();
        status.setId("find-status");
        status.getStyleClass().add(WorkbenchCss.FIND_STATUS);
        status.textProperty().bind(find.statusProperty());
        HBox box = new HBox(6, new FontIcon("mdi2m-magnify"), findField, status);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private boolean typingInTextField() {
        return stage.getScene() != null && stage.getScene().getFocusOwner() instanceof TextInputControl;
    }

    private void focusFind() {
        findField.requestFocus();
        findField.selectAll();
    }

    private Message banner() {
        Message message = new Message();
        message.setId("message-banner");
        message.setVisible(false);
        message.setManaged(false);
        message.setOnClose(e -> files.dismissBanner());
        // as wide as the canvas, its description wrapping: at its one-line width it ran under the right panel,
        // and its close button with it (1280x800 with the outline shown)
        message.setMinWidth(0);
        files.bannerProperty().addListener((obs, old, b) -> {
            message.setVisible(b != null);
            message.setManaged(b != null);
            if (b == null) {
                return;
            }
            message.setTitle(b.title());
            message.setDescription(b.text());
            message.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.ACCENT);
            message.getStyleClass().add(switch (b.kind()) {
                case ERROR -> Styles.DANGER;
                case WARNING -> Styles.WARNING;
                case INFO -> Styles.ACCENT;
            });
            message.setGraphic(new FontIcon(b.kind() == Banner.Kind.INFO ? "mdi2a-alert-circle-outline" : "mdi2a-alert-outline"));
            // AtlantaFX 2.0.1's tile skin answers a new title by showing the description in the title's place
            // (a second banner read "<old text>" over "<new text>"): a fresh skin reads both as they are now
            message.setSkin(new MessageSkin(message));
        });
        return message;
    }

    private void statusItems(ProblemsViewModel problems) {
        statusBar.message().textProperty().bind(editor.messageProperty());
        Label counts = new Label();
        counts.setId("status-counts");
        Runnable showCounts = () -> counts.setText(document.tree().size() + (document.tree().size() == 1 ? " node" : " nodes")
                + (editor.selection().isEmpty() ? "" : " \u00b7 " + editor.selection().size() + " selected"));
        document.treeProperty().addListener((obs, old, t) -> showCounts.run());
        editor.selection().addListener((SetChangeListener<String>) c -> showCounts.run());
        showCounts.run();
        Label goal = new Label();
        goal.setId("status-analysis");
        goal.textProperty().bind(Bindings.createStringBinding(() -> {
            int errors = problems.errorsProperty().get();
            if (errors > 0) {
                return errors + (errors == 1 ? " error" : " errors") + " to fix before the analysis (see Problems)";
            }
            return analysis.runningProperty().get() ? "analysing\u2026" : "goal p = " + analysis.probabilityProperty().get();
        }, analysis.runningProperty(), analysis.probabilityProperty(), problems.errorsProperty()));
        statusBar.addItem(counts);
        statusBar.addItem(goal);
    }

    /** Switches between AtlantaFX's Primer light and dark themes; our stylesheet follows their colour tokens. */
    public void setTheme(boolean dark) {
        darkTheme.set(dark);
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(darkTheme.get() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        canvas.refreshDecorations();
    }

    static Image iconImage(String size) {
        var url = WorkbenchWindow.class.getResource("/io/stormcenter/workbench/ui/icons/ksc-" + size + ".png");
        return url == null ? null : new Image(url.toExternalForm());
    }

    /** Stops every background thread of the window (and so whatever cluster work still runs). */
    public void shutdown() {
        background.close();
    }

    /** The window's background threads, for panels that add their own lane. */
    public BackgroundWork background() {
        return background;
    }

    // ---- extension points and access for tests ----

    public void addLeftTab(Tab tab) {
        leftTabs.getTabs().add(shrinkable(tab));
    }

    public void addRightTab(Tab tab) {
        rightTabs.getTabs().add(shrinkable(tab));
    }

    /**
     * A TabPane is as wide as the widest minimum of all its tabs' contents, shown or not; a view
     * with a long line would otherwise push the whole window wider than the screen.
     */
    private static Tab shrinkable(Tab tab) {
        if (tab.getContent() instanceof Region region) {
            region.setMinWidth(0);
        }
        return tab;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public Scene scene() {
        return scene;
    }

    public TreeDocument document() {
        return document;
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** The Honey tab's model (a snapshot waits for its preview). */
    public HoneyclusterViewModel honeycluster() {
        return honeycluster;
    }

    /** The analysis panel's evidence figures and what-if of proposed defences. */
    public RiskViewModel risk() {
        return risk;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    /** What validation found (tests wait for it: it follows an edit on a lane of its own). */
    public ProblemsViewModel problems() {
        return problems;
    }

    public WorkbenchViewModel files() {
        return files;
    }

    public TreeCanvasView canvas() {
        return canvas;
    }

    public WholeTreePicture picture() {
        return picture;
    }

    /** Primer dark instead of Primer light. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Shows or hides the outline and problems panel. */
    public BooleanProperty leftPanelShownProperty() {
        return sidePanels.leftShownProperty();
    }

    /** Shows or hides the inspector, analysis, honeycluster and deploy panel. */
    public BooleanProperty rightPanelShownProperty() {
        return sidePanels.rightShownProperty();
    }

    /** The outline panel's width in pixels as the user dragged it (NaN: a share of the window). */
    public DoubleProperty leftPanelWidthProperty() {
        return sidePanels.leftWidthProperty();
    }

    /** The inspector panel's width in pixels as the user dragged it (NaN: a share of the window). */
    public DoubleProperty rightPanelWidthProperty() {
        return sidePanels.rightWidthProperty();
    }

    /**
     * Opens the KubeCon 2024 sample and plays its recorded capture into a temporary store, then
     * shows the heat: the whole loop without a cluster.
     */
    public void replayDemoCapture(Path sampleDir) {
        Path model = sampleDir == null ? null : sampleDir.resolve(CaptureReplay.DEMO_MODEL);
        Path capture = sampleDir == null ? null : sampleDir.resolve(CaptureReplay.DEMO_CAPTURE);
        if (model == null || !java.nio.file.Files.exists(capture)) {
            files.showBanner(Banner.warning("No demo capture", "The sample folder holds no " + CaptureReplay.DEMO_CAPTURE));
            return;
        }
        files.open(model);
        selectTab(WindowTab.HEAT);
        expectHeat();
        replayLane.submit(context -> {
            var tree = io.stormcenter.workbench.format.TreeFiles.read(model).tree();
            return CaptureReplay.replay(tree, capture);
        }, observations -> {
            // once the heat is in, every node some session reached is framed (frameFirstHeat): the escape branch
            // and the goal too. Beside both side panels they do not fit at a readable zoom (the goal and the escape
            // were cut off at 1280x800): the heat panel stays, the right-hand panel makes room
            heat.afterNextShown(() -> {
                List<String> reached = new java.util.ArrayList<>(heat.heat().nodes().keySet());
                if (reached.isEmpty()) {
                    return;
                }
                // the heat tells this story: the analysis' most likely path, lit in the same yellow as a selected
                // session's, would read as what the attackers did
                openingStory = false;
                analysis.selectScenario(-1);
                if (!canvas.fitsReadable(reached) && sidePanels.rightShownProperty().get()) {
                    sidePanels.rightShownProperty().set(false);
                    sayUntilRightPanelShown("The right-hand panel is hidden to show every step the attackers "
                            + "reached; " + RIGHT_PANEL.keyText() + " shows it again.");
                }
            });
            heat.use(observations);
        }, failure -> files.showBanner(Banner.warning("Could not replay the demo capture",
                String.valueOf(failure.getMessage()))));
    }

    /** A status line about the hidden right-hand panel, gone once the panel is back (it would tell a falsehood). */
    private void sayUntilRightPanelShown(String text) {
        editor.say(text);
        ChangeListener<Boolean> shown = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> panel, Boolean was, Boolean now) {
                if (now) {
                    panel.removeListener(this);
                    if (text.equals(editor.messageProperty().get())) {
                        editor.say("");
                    }
                }
            }
        };
        sidePanels.rightShownProperty().addListener(shown);
    }

    /** The next heat that lights something is framed whole, unless the user moves the view before it comes. */
    private void expectHeat() {
        heatUnframed = true;
        userMovesBeforeHeat = canvas.userMoves();
    }

    /**
     * The first heat since a tree was opened or a replay started (a replay's, a collection's first sessions) is
     * shown whole: every reached node and every heated edge with both its ends, zoomed out as far as that takes.
     * A user who panned or zoomed meanwhile chose their view, and keeps it.
     */
    private void frameFirstHeat() {
        // a heated edge runs up to its parent, which the session need not have reached (one step of a SAND)
        Set<String> lit = new java.util.LinkedHashSet<>(heat.heat().nodes().keySet());
        heat.heat().edges().forEach(edge -> {
            lit.add(edge.parent());
            lit.add(edge.child());
        });
        if (!heatUnframed || lit.isEmpty()) {
            return;
        }
        heatUnframed = false;
        if (canvas.userMoves() == userMovesBeforeHeat) {
            canvas.showWhole(List.copyOf(lit));
        }
    }

    /** Whether a replay of a capture is under way (tests wait for it to settle). */
    public ReadOnlyBooleanProperty replayingProperty() {
        return replayLane.runningProperty();
    }

    /** The heat panel's view model (the snapshot and tests drive it). */
    public HeatViewModel heat() {
        return heat;
    }

    /** Shows a side panel, left or right. */
    public void selectTab(WindowTab tab) {
        for (Tab left : leftTabs.getTabs()) {
            if (tab.tabId().equals(left.getId())) {
                sidePanels.leftShownProperty().set(true);
                leftTabs.getSelectionModel().select(left);
                return;
            }
        }
        selectRightTab(tab.tabId());
    }

    public void selectRightTab(String id) {
        sidePanels.rightShownProperty().set(true);
        for (Tab tab : rightTabs.getTabs()) {
            if (id.equals(tab.getId())) {
                rightTabs.getSelectionModel().select(tab);
            }
        }
    }

    public List<String> stylesheets() {
        return new ArrayList<>(scene.getStylesheets());
    }

    /** How a written report is opened; the application gives its host services (see {@link #openDocumentsWith}). */
    private DocumentOpener documents = new DesktopOpener(null);
    /** The report's lane, made when first asked for: one report is written at a time. */
    private io.stormcenter.workbench.ui.background.TaskLane reportLane;
    private java.util.concurrent.Executor reportOpening;

    private io.stormcenter.workbench.ui.background.TaskLane reportLane() {
        if (reportLane == null) {
            reportLane = background.lane("report", Duration.ZERO);
            reportOpening = background.thread("report-open");
        }
        return reportLane;
    }

    /** Opens written files (the PDF report) through the desktop, else through these host services. */
    public void openDocumentsWith(java.util.function.Consumer<String> hostServices) {
        documents = new DesktopOpener(hostServices);
    }

    /**
     * File > Export risk report: a window of its own with the report's choices; the report is written on a
     * lane of the window's, with progress, and opened when done.
     */
    private void exportReport() {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.setTitle("Export risk report");
        ReportExportViewModel model = new ReportExportViewModel(document::tree,
                () -> document.file() == null ? null : document.file().getFileName().toString(),
                new ModelReportSources(heat::observations, document::file),
                ReportExportViewModel.ReportWriter.of(new PdfReport(new ReportAssembler(Calibration.withDefaults()))),
                documents, java.time.Clock.systemUTC(), reportLane(), Platform::runLater, reportOpening);
        model.profileProperty().set(analysis.profileProperty().get());
        Scene content = new Scene(new ReportExportView(model, dialogs, dialog::close), 640, 520);
        content.getStylesheets().setAll(scene.getStylesheets());
        dialog.setScene(content);
        dialog.show();
    }

    /** File > Share observations: a window of its own that shows the exact bundle before it is written. */
    private void shareObservations() {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.setTitle("Share observations");
        io.stormcenter.workbench.ui.share.ShareViewModel model = new io.stormcenter.workbench.ui.share.ShareViewModel(
                document::tree, new io.stormcenter.workbench.ui.share.WindowSessions(document::file, heat::observations),
                java.time.Clock.systemUTC(), background.thread("ksc-share"), Platform::runLater);
        // start from what the window shows: the heat panel's observations and window when it has any
        model.fromStoreProperty().set(heat.observations().isEmpty());
        model.windowProperty().set(io.stormcenter.workbench.ui.share.ShareViewModel.windowLike(
                heat.choiceProperty().get()));
        Scene content = new Scene(new io.stormcenter.workbench.ui.share.ShareView(model, dialogs, dialog::close), 900, 700);
        content.getStylesheets().setAll(scene.getStylesheets());
        dialog.setScene(content);
        model.refresh();
        dialog.show();
    }
}
