package io.stormcenter.workbench.ui;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.ui.canvas.BadgeDomain;
import io.stormcenter.workbench.ui.canvas.EditorViewModel;
import io.stormcenter.workbench.ui.canvas.TreeCanvasView;
import io.stormcenter.workbench.ui.canvas.WholeTreePicture;
import io.stormcenter.workbench.ui.controls.PanelTab;
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
import io.stormcenter.workbench.ui.inspector.TechniqueCatalogue;
import io.stormcenter.workbench.ui.panels.AnalysisRunner;
import io.stormcenter.workbench.ui.panels.AnalysisView;
import io.stormcenter.workbench.ui.panels.AnalysisViewModel;
import io.stormcenter.workbench.ui.panels.OutlineView;
import io.stormcenter.workbench.ui.panels.OutlineViewModel;
import io.stormcenter.workbench.ui.panels.ProblemsView;
import io.stormcenter.workbench.ui.panels.ProblemsViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
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

    private final Stage stage;
    private final TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
    private final ExecutorService io = Executors.newSingleThreadExecutor(daemon("ksc-io"));
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(daemon("ksc-analysis"));
    private final EditorViewModel editor;
    private final AnalysisViewModel analysis;
    private final WorkbenchViewModel files;
    private final TreeCanvasView canvas;
    private final WholeTreePicture picture;
    private final TabPane leftTabs = new TabPane();
    private final TabPane rightTabs = new TabPane();
    private final SidePanels sidePanels;
    private final StatusBar statusBar = new StatusBar();
    private final StartPage startPage;
    private final Scene scene;
    private final DialogService dialogs;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");

    public WorkbenchWindow(Stage stage, WorkbenchHome home, Path sampleDir,
                           Function<Window, DialogService> dialogFactory, boolean dark, int width, int height) {
        this.stage = stage;
        this.dialogs = dialogFactory.apply(stage);
        editor = new EditorViewModel(document);
        analysis = new AnalysisViewModel(document, new AnalysisRunner(worker, Platform::runLater, 150));
        files = new WorkbenchViewModel(document, dialogs, new RecentFiles(home.recentFiles()),
                new RecoveryStore(home.recoveryDir()), io, Platform::runLater, worker, sampleDir);
        InspectorViewModel inspector = new InspectorViewModel(document, editor.primaryProperty(), TechniqueCatalogue.builtIn());
        OutlineViewModel outline = new OutlineViewModel(document);
        ProblemsViewModel problems = new ProblemsViewModel(document);

        canvas = new TreeCanvasView(editor, analysis::values, () -> analysis.scenarioNodesProperty().get(),
                () -> analysis.scenarioLeavesProperty().get(), problems::problemsOf);
        problems.problems().addListener((ListChangeListener<Problem>) c -> canvas.refreshDecorations());
        analysis.resultProperty().addListener((obs, old, r) -> canvas.refreshDecorations());
        analysis.scenarioNodesProperty().addListener((obs, old, r) -> canvas.refreshDecorations());
        analysis.scenarioLeavesProperty().addListener((obs, old, leaves) -> {
            if (!leaves.isEmpty() && analysis.selectedScenarioProperty().get() != null) {
                canvas.showAll(analysis.selectedScenarioProperty().get().scenario().leaves());
            }
        });
        document.generationProperty().addListener((obs, old, g) -> {
            editor.select(null);
            editor.expandAll();
            canvas.showOpened();
        });
        picture = new WholeTreePicture(document::tree, analysis::values, () -> editor.badgeDomainProperty().get(),
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
                "Root values, attacker profiles and the top attack scenarios", new AnalysisView(analysis));
        HoneyclusterViewModel honeycluster = new HoneyclusterViewModel(document, editor.primaryProperty(), worker, Platform::runLater);
        Tab honeyclusterTab = PanelTab.of("tab-honeycluster", "Honey", "mdi2b-bee",
                "Honeycluster: the Kubernetes objects and sensor rules this tree compiles to",
                new HoneyclusterView(honeycluster, dialogs));
        rightTabs.getTabs().addAll(shrinkable(inspectorTab), shrinkable(analysisTab), shrinkable(honeyclusterTab));
        rightTabs.setId("right-tabs");
        for (TabPane pane : List.of(leftTabs, rightTabs)) {
            pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            pane.getStyleClass().addAll(Styles.TABS_FLOATING, WorkbenchCss.PANEL_TABS);
        }

        startPage = new StartPage(files, iconImage("256"));
        startPage.visibleProperty().bind(files.startPageShownProperty());
        StackPane center = new StackPane(canvas, startPage);
        Message banner = banner();
        VBox middle = new VBox(banner, center);
        VBox.setVgrow(center, Priority.ALWAYS);

        // the canvas scrolls: it must never force the window wider than the screen
        middle.setMinWidth(0);
        center.setMinWidth(0);
        sidePanels = new SidePanels(leftTabs, middle, rightTabs, 250, 340);
        BorderPane root = new BorderPane(sidePanels.node());
        root.setId("workbench");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setBottom(statusBar);
        statusItems(problems);

        scene = new Scene(root, width, height);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource(WorkbenchCss.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        PaneFocus.install(scene, canvas, canvas::focusCanvas, inspectorView, () -> selectRightTab("tab-inspector"));
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

    // ---- menus and tools ----

    private MenuBar menuBar() {
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
        Menu export = new Menu("Export", new FontIcon("mdi2e-export-variant"),
                command("PNG image (300 dpi)…", null, "menu-export-png", () -> files.exportPng(picture)),
                command("SVG drawing…", null, "menu-export-svg", () -> files.exportSvg(
                        WorkbenchViewModel.TreeLayoutSource.full(), editor.badgeDomainProperty().get(), analysis)),
                command("Graphviz DOT…", null, "menu-export-dot", files::exportDot));
        Menu file = new Menu("_File", null,
                command("New tree", "Shortcut+N", "menu-new", files::newTree, "mdi2f-file-plus-outline"),
                command("Open…", "Shortcut+O", "menu-open", files::open, "mdi2f-folder-open-outline"),
                recent,
                command("Import ADTool XML…", null, "menu-import", files::importAdtool, "mdi2f-file-tree-outline"),
                new SeparatorMenuItem(),
                command("Save", "Shortcut+S", "menu-save", files::save, "mdi2c-content-save-outline"),
                command("Save as…", "Shortcut+Shift+S", "menu-save-as", files::saveAs),
                export,
                new SeparatorMenuItem(),
                command("Start page", null, "menu-start-page", files::showStartPage),
                command("Quit", "Shortcut+Q", "menu-quit", () -> {
                    if (files.requestClose()) {
                        stage.hide();
                    }
                }));
        MenuItem undo = command("Undo", "Shortcut+Z", "menu-undo", editor::undo, "mdi2u-undo");
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = command("Redo", "Shortcut+Y", "menu-redo", editor::redo, "mdi2r-redo");
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuItem redoAlt = command("Redo (alternative)", "Shortcut+Shift+Z", "menu-redo-alt", editor::redo);
        redoAlt.setVisible(false);
        Menu edit = new Menu("_Edit", null, undo, redo, redoAlt, new SeparatorMenuItem(),
                canvasCommand("Cut subtree", "Shortcut+X", "menu-cut", editor::cut),
                canvasCommand("Copy subtree", "Shortcut+C", "menu-copy", editor::copy),
                canvasCommand("Paste as child", "Shortcut+V", "menu-paste", editor::paste),
                canvasCommand("Duplicate subtree", "Shortcut+D", "menu-duplicate", editor::duplicate),
                new SeparatorMenuItem(),
                hint("Rename", "F2"), hint("Delete node", "Delete"), hint("Delete subtree", "Shift+Delete"));
        Menu gate = new Menu("Gate");
        for (Gate g : Gate.values()) {
            gate.getItems().add(canvasCommand(g.ordered() ? "SAND (in order \u2192)" : g.key(),
                    "Shortcut+" + (g.ordinal() + 1), "menu-set-gate-" + g.key().toLowerCase(Locale.ROOT),
                    () -> editor.setGate(g)));
        }
        Menu tree = new Menu("_Tree", null, hint("Add child", "Tab"), hint("Add sibling", "Enter"),
                hint("Add defence", "D"), gate, new SeparatorMenuItem(),
                command("Expand all", null, "menu-expand-all", editor::expandAll, "mdi2a-arrow-expand-all"),
                command("Re-layout (forget dragged positions)", "Shortcut+L", "menu-relayout", editor::relayout,
                        "mdi2a-auto-fix"));
        CheckMenuItem darkItem = new CheckMenuItem("Dark theme");
        darkItem.setId("menu-dark");
        darkItem.selectedProperty().bindBidirectional(darkTheme);
        Menu view = new Menu("_View", null,
                command("Zoom in", "Shortcut+Equals", "menu-zoom-in", canvas::zoomIn, "mdi2m-magnify-plus-outline"),
                command("Zoom out", "Shortcut+Minus", "menu-zoom-out", canvas::zoomOut, "mdi2m-magnify-minus-outline"),
                command("Actual size (100 %)", "Shortcut+0", "menu-zoom-100", canvas::actualSize, "mdi2r-relative-scale"),
                command("Fit to window", "Shortcut+9", "menu-fit", canvas::fitToWindow, "mdi2f-fit-to-screen-outline"),
                new SeparatorMenuItem(),
                panelItem("Outline and problems panel", "Shortcut+B", "menu-left-panel", sidePanels.leftShownProperty()),
                panelItem("Node, analysis, honey and deploy panel", "Shortcut+Alt+B", "menu-right-panel",
                        sidePanels.rightShownProperty()),
                new SeparatorMenuItem(), darkItem);
        Menu help = new Menu("_Help", null, command("Keyboard shortcuts", "F1", "menu-shortcuts", () ->
                files.showBanner(Banner.info("Keyboard", "Tab child · Enter sibling · D defence · F2 rename · "
                        + "Delete node · Shift+Delete subtree · arrows move · Space collapse · Ctrl+Z/Y undo/redo · "
                        + "Ctrl+wheel zoom · drag background to pan · Shift+drag to select · drop a card on another to move it"))));
        MenuBar bar = new MenuBar(file, edit, tree, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private ToolBar toolBar() {
        Button undo = toolButton("mdi2u-undo", "Undo (Ctrl+Z)", "tool-undo", editor::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        Button redo = toolButton("mdi2r-redo", "Redo (Ctrl+Y)", "tool-redo", editor::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuButton gate = new MenuButton("Gate", new FontIcon("mdi2g-gate-and"));
        gate.setId("tool-gate");
        for (Gate g : Gate.values()) {
            MenuItem item = new MenuItem(g.ordered() ? "SAND (in order \u2192)" : g.key());
            item.setId("tool-gate-" + g.key().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> editor.setGate(g));
            gate.getItems().add(item);
        }
        ComboBox<BadgeDomain> domain = new ComboBox<>();
        domain.getItems().setAll(BadgeDomain.values());
        domain.setId("tool-domain");
        domain.valueProperty().bindBidirectional(editor.badgeDomainProperty());
        domain.setTooltip(new Tooltip("Which values the badges on the cards show"));
        Label zoom = new Label();
        zoom.setId("zoom-level");
        zoom.getStyleClass().add(WorkbenchCss.ZOOM_LABEL);
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.zoomProperty().get() * 100) + " %",
                canvas.zoomProperty()));
        ToggleButton darkToggle = iconToggle("mdi2t-theme-light-dark", "Dark theme", "tool-dark");
        darkToggle.selectedProperty().bindBidirectional(darkTheme);
        ToolBar bar = new ToolBar(
                toolButton("mdi2f-file-plus-outline", "New tree (Ctrl+N)", "tool-new", files::newTree),
                toolButton("mdi2f-folder-open-outline", "Open (Ctrl+O)", "tool-open", files::open),
                toolButton("mdi2c-content-save-outline", "Save (Ctrl+S)", "tool-save", files::save),
                new Separator(Orientation.VERTICAL), undo, redo, new Separator(Orientation.VERTICAL),
                toolButton("mdi2s-source-branch-plus", "Add child (Tab)", "tool-add-child", editor::addChild),
                toolButton("mdi2p-plus", "Add sibling (Enter)", "tool-add-sibling", editor::addSibling),
                toolButton("mdi2s-shield-half-full", "Add defence (D)", "tool-add-defence", editor::addDefence),
                toolButton("mdi2d-delete-outline", "Delete node (Delete)", "tool-delete", editor::deleteSelected),
                gate, new Separator(Orientation.VERTICAL),
                toolButton("mdi2m-magnify-minus-outline", "Zoom out (Ctrl+-)", "tool-zoom-out", canvas::zoomOut), zoom,
                toolButton("mdi2m-magnify-plus-outline", "Zoom in (Ctrl+=)", "tool-zoom-in", canvas::zoomIn),
                toolButton("mdi2r-relative-scale", "Actual size, 100 % (Ctrl+0)", "tool-zoom-100", canvas::actualSize),
                toolButton("mdi2f-fit-to-screen-outline", "Fit to window (Ctrl+9)", "tool-fit", canvas::fitToWindow),
                toolButton("mdi2a-auto-fix", "Re-layout: forget dragged positions (Ctrl+L)", "tool-relayout", editor::relayout),
                new Separator(Orientation.VERTICAL), new Label("Badges"), domain, new Spacer(),
                panelToggle("mdi2d-dock-left", "Show or hide the outline and problems panel (Ctrl+B)", "tool-left-panel",
                        sidePanels.leftShownProperty()),
                panelToggle("mdi2d-dock-right", "Show or hide the node, analysis, honey and deploy panel (Ctrl+Alt+B)",
                        "tool-right-panel", sidePanels.rightShownProperty()),
                darkToggle);
        bar.setId("tool-bar");
        return bar;
    }

    private Message banner() {
        Message message = new Message();
        message.setId("message-banner");
        message.setVisible(false);
        message.setManaged(false);
        message.setOnClose(e -> files.dismissBanner());
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

    private MenuItem command(String text, String keys, String id, Runnable action, String... icon) {
        MenuItem item = new MenuItem(text, icon.length > 0 ? new FontIcon(icon[0]) : null);
        item.setId(id);
        if (keys != null) {
            item.setAccelerator(KeyCombination.valueOf(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A command for the canvas that stays out of the way while a text field has the keyboard. */
    private MenuItem canvasCommand(String text, String keys, String id, Runnable action) {
        return command(text, keys, id, () -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl)) {
                action.run();
            }
        });
    }

    /** A menu entry that only teaches a canvas key (the canvas handles the key itself). */
    private MenuItem hint(String text, String keys) {
        MenuItem item = new MenuItem(text + "    (" + keys + " on the canvas)");
        item.setDisable(true);
        return item;
    }

    private static CheckMenuItem panelItem(String text, String keys, String id, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.valueOf(keys));
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    private static ToggleButton panelToggle(String icon, String tooltip, String id, BooleanProperty shown) {
        ToggleButton toggle = iconToggle(icon, tooltip, id);
        toggle.selectedProperty().bindBidirectional(shown);
        return toggle;
    }

    private static ToggleButton iconToggle(String icon, String tooltip, String id) {
        ToggleButton toggle = new ToggleButton(null, new FontIcon(icon));
        toggle.setId(id);
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        toggle.setTooltip(new Tooltip(tooltip));
        toggle.setFocusTraversable(false);
        return toggle;
    }

    private static Button toolButton(String icon, String tooltip, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
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

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public void shutdown() {
        io.shutdownNow();
        worker.shutdownNow();
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

    public AnalysisViewModel analysis() {
        return analysis;
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
}
