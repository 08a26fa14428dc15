package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.layout.CardChanges;
import io.stormcenter.workbench.layout.EdgeRoute;
import io.stormcenter.workbench.layout.LayoutOptions;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.EdgeMark;
import io.stormcenter.workbench.picture.Overlay;
import io.stormcenter.workbench.picture.PictureEdge;
import io.stormcenter.workbench.picture.ScenarioOverlay;
import io.stormcenter.workbench.picture.SelectionPathOverlay;
import io.stormcenter.workbench.picture.TreePicture;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The zoomable, pannable canvas. It keeps the whole layout but puts only the cards and edges
 * inside the viewport into the scene graph, recycling cards as the view moves, so a 2,000-node
 * tree costs what the few dozen visible cards cost. All work happens in one layout pass per
 * pulse, however many changes arrived.
 */
public final class TreeCanvasView extends Region {

    static final double MIN_SCALE = 0.1;
    static final double MAX_SCALE = 4;
    private static final double MARGIN = CanvasFraming.MARGIN;
    private static final double READABLE_SCALE = 0.7;
    private static final double OVERVIEW_GAP = 12;

    private final EditorViewModel editor;
    private final Supplier<Map<String, NodeValues>> values;
    private final List<Overlay> overlays;
    private final Set<String> litNodes = new HashSet<>();
    private final Pane viewport = new Pane();
    private final Pane world = new Pane();
    private final Group edgeLayer = new Group();
    private final Pane cardLayer = new Pane();
    /** One path per edge style and weight, made as the overlays ask for them. */
    private final Map<String, Path> edgeLayers = new LinkedHashMap<>();
    private TreePicture picture;
    /** What the edge layers show now: redrawn only when the picture's edges or the part in view change. */
    private EdgeView drawnEdges;
    private boolean pictureStale = true;
    /** Nodes edited since the picture was made, under an unchanged layout: only their cards are made again. */
    private final Set<String> editedCards = new HashSet<>();
    /** The analysis values the picture shows, and whether newer ones came since. */
    private Map<String, NodeValues> pictureValues = Map.of();
    private boolean valuesChanged;
    final Rectangle rubberBand = new Rectangle();
    private final ScrollBar hBar = new ScrollBar();
    private final ScrollBar vBar = new ScrollBar();
    private final Scale scale = new Scale(1, 1);
    private final Translate offset = new Translate();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Map<String, NodeCard> shown = new HashMap<>();
    private final Deque<NodeCard> spare = new ArrayDeque<>();
    private final CanvasGestures gestures;
    private final CanvasOverview overview = new CanvasOverview(this::centreOn);
    private final BooleanProperty overviewShown = new SimpleBooleanProperty(this, "overviewShown", true);
    private boolean overviewStale = true;
    private TreeLayout layout;
    private AttackTree laidOutTree;
    private boolean layoutStale = true;
    private boolean fitPending;
    private List<String> pendingShowing;
    private List<String> pendingWhole;
    private double fitMinimum = MIN_SCALE;
    /** Until the user pans or zooms, a fitted view fits again when the viewport changes size. */
    private boolean keepFitted;
    /** How often the user panned, zoomed, scrolled or fitted the view: framing for them stops once they did. */
    private long userMoves;
    private double fittedWidth;
    private double fittedHeight;
    /**
     * Until the user pans or zooms (or the view is framed otherwise), the nodes shown whole stay whole
     * when the viewport changes size: a side panel that opens after the heat was framed.
     */
    private List<String> keptWhole;
    private double wholeWidth;
    private double wholeHeight;
    private boolean syncingBars;
    private String dropTarget;
    private String pendingReveal;

    /**
     * @param values   the analysis values the badges show
     * @param overlays what marks cards and edges (a lit scenario, problems, heat), in drawing order;
     *                 the path to the selection is the canvas's own, drawn first
     */
    public TreeCanvasView(EditorViewModel editor, Supplier<Map<String, NodeValues>> values, ObservableList<Overlay> overlays) {
        this.editor = editor;
        this.values = values;
        this.overlays = overlays;
        overlays.addListener((ListChangeListener<Overlay>) change -> refreshDecorations());
        setId("tree-canvas");
        getStyleClass().add(WorkbenchCss.CANVAS);
        viewport.setId("canvas-viewport");
        viewport.setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        world.setManaged(false);
        world.getTransforms().setAll(scale, offset);
        edgeLayer(PictureEdge.EDGE, 1);
        edgeLayer(PictureEdge.EDGE_COUNTER, 1);
        edgeLayer.setManaged(false);
        cardLayer.setManaged(false);
        cardLayer.setPickOnBounds(false);
        world.setPickOnBounds(false);
        world.getChildren().addAll(edgeLayer, cardLayer);
        rubberBand.getStyleClass().add(WorkbenchCss.RUBBER_BAND);
        rubberBand.setManaged(false);
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        viewport.getChildren().addAll(world, rubberBand);
        hBar.setId("canvas-hbar");
        vBar.setId("canvas-vbar");
        vBar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(viewport, hBar, vBar, overview);
        overviewShown.addListener((obs, old, on) -> requestLayout());
        hBar.valueProperty().addListener((obs, old, v) -> scrolled());
        vBar.valueProperty().addListener((obs, old, v) -> scrolled());
        gestures = new CanvasGestures(this, editor);

        // an edit that keeps the layout (a label, an estimate) redraws only its cards: see ensureLayout
        editor.document().treeProperty().addListener((obs, old, tree) -> requestLayout());
        editor.collapsed().addListener((SetChangeListener<String>) change -> invalidateLayout());
        editor.selection().addListener((SetChangeListener<String>) change -> requestLayout());
        editor.pathToRootProperty().addListener((obs, old, v) -> refreshDecorations());
        editor.badgeDomainProperty().addListener((obs, old, v) -> refreshDecorations());
        editor.revealRequestProperty().addListener((obs, old, id) -> {
            if (id != null) {
                pendingReveal = id;
                requestLayout();
            }
        });
    }

    /** The path that draws the edges of one style and weight; made the first time it is asked for. */
    private Path edgeLayer(String style, double weight) {
        return edgeLayer(style, weight, null);
    }

    /**
     * The layer of edges drawn alike; marks with a hover text (heat's session count) get a layer per
     * text, so hovering any of its edges tells that edge's own count.
     */
    private Path edgeLayer(String style, double weight, String tooltip) {
        return edgeLayers.computeIfAbsent(style + "@" + weight + (tooltip == null ? "" : "@" + tooltip), key -> {
            Path path = new Path();
            path.getStyleClass().add(style);
            path.setMouseTransparent(tooltip == null);
            if (tooltip != null) {
                javafx.scene.control.Tooltip.install(path, new javafx.scene.control.Tooltip(tooltip));
            }
            edgeLayer.getChildren().add(path);
            return path;
        });
    }

    /** Analysis values or an overlay changed: the picture is made again at the next layout. */
    public void refreshDecorations() {
        overviewStale = true;
        pictureStale = true;
        requestLayout();
    }

    /**
     * New analysis values: only the cards whose values differ are made again (a label typed changes
     * none, so the analysis that follows each pause in typing costs the canvas nothing).
     */
    public void refreshValues() {
        valuesChanged = true;
        requestLayout();
    }

    void invalidateLayout() {
        layoutStale = true;
        requestLayout();
    }

    // ---- zoom and pan ----

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double scale() {
        return scale.getX();
    }

    /** Zooms by a factor around a point of the viewport (the mouse, or the centre). */
    public void zoomBy(double factor, double viewX, double viewY) {
        stopKeeping();
        userMoves++;
        setScale(scale() * factor, viewX, viewY);
    }

    public void zoomIn() {
        zoomBy(1.25, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public void zoomOut() {
        zoomBy(0.8, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    public void actualSize() {
        stopKeeping();
        userMoves++;
        setScale(1, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    private void setScale(double wanted, double viewX, double viewY) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, wanted));
        double worldX = offsetX() + viewX / scale();
        double worldY = offsetY() + viewY / scale();
        scale.setX(next);
        scale.setY(next);
        zoom.set(next);
        setOffset(worldX - viewX / next, worldY - viewY / next);
    }

    /** Shows the whole tree, never larger than 100 %. */
    public void fitToWindow() {
        userMoves++;
        keptWhole = null;
        fitMinimum = MIN_SCALE;
        fitPending = true;
        requestLayout();
    }

    /**
     * For a freshly opened tree: fit it, but never so small that the cards cannot be read; a tree
     * too wide for that is shown from its root, centred, at a readable zoom.
     */
    public void showOpened() {
        keptWhole = null;
        fitMinimum = READABLE_SCALE;
        fitPending = true;
        requestLayout();
    }

    private void fitNow() {
        apply(CanvasFraming.opening(layout, laidOutTree.rootId(), viewport.getWidth(), viewport.getHeight(),
                Math.max(MIN_SCALE, fitMinimum)));
    }

    private void apply(CanvasFraming framing) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, framing.scale()));
        scale.setX(next);
        scale.setY(next);
        zoom.set(next);
        setOffset(framing.offsetX(), framing.offsetY());
    }

    private CanvasFraming framing() {
        return new CanvasFraming(scale(), offsetX(), offsetY());
    }

    void panBy(double viewDx, double viewDy) {
        stopKeeping();
        userMoves++;
        setOffset(offsetX() - viewDx / scale(), offsetY() - viewDy / scale());
    }

    private void setOffset(double x, double y) {
        offset.setX(-x);
        offset.setY(-y);
        requestLayout();
    }

    double offsetX() {
        return -offset.getX();
    }

    double offsetY() {
        return -offset.getY();
    }

    private void scrolled() {
        if (!syncingBars) {
            stopKeeping();
            userMoves++;
            setOffset(hBar.getValue(), vBar.getValue());
        }
    }

    /** A viewport point in canvas units. */
    Point2D toWorld(double viewX, double viewY) {
        return new Point2D(offsetX() + viewX / scale(), offsetY() + viewY / scale());
    }

    /** Gives the keyboard back to the canvas (Escape in the find field). */
    public void focusViewport() {
        viewport.requestFocus();
    }

    Pane viewport() {
        return viewport;
    }

    /** Gives the keyboard to the canvas (its editing keys work from here). */
    public void focusCanvas() {
        viewport.requestFocus();
    }

    TreeLayout currentLayout() {
        ensureLayout();
        return layout;
    }

    /** The card of a node if it is on screen (tests click it). */
    public NodeCard cardOf(String nodeId) {
        return shown.get(nodeId);
    }

    /** The node's card centre in screen coordinates, scrolling it into view first. */
    public Point2D screenCenterOf(String nodeId) {
        reveal(nodeId);
        layout();
        CardBox box = layout.box(nodeId);
        return viewport.localToScreen((box.centerX() - offsetX()) * scale(), (box.y() + 30 - offsetY()) * scale());
    }

    void setDropTarget(String nodeId) {
        if (!Objects.equals(dropTarget, nodeId)) {
            dropTarget = nodeId;
            requestLayout();
        }
    }

    Iterable<NodeCard> shownCards() {
        return shown.values();
    }

    /** Scrolls as little as it takes to show the node's card whole. */
    public void reveal(String nodeId) {
        revealAll(List.of(nodeId));
    }

    /**
     * Shows these nodes whole, zooming out for them when they do not fit at the present zoom
     * (not below the least readable zoom); done at the next layout, after a pending fit.
     */
    public void showAll(List<String> nodeIds) {
        pendingShowing = List.copyOf(nodeIds);
        requestLayout();
    }

    private void showAllNow(List<String> nodeIds) {
        List<CardBox> cards = cardsOf(nodeIds);
        CanvasFraming next = framing().showing(cards, viewport.getWidth(), viewport.getHeight(),
                READABLE_SCALE * CanvasFraming.LEAST_READABLE);
        if (!next.equals(framing())) {
            stopKeeping();
            apply(next);
        }
    }

    /**
     * Shows these nodes' cards, and so the edges between them, whole and centred: zoomed out as far as the
     * canvas allows when they need it, zoomed in to 100 % at most (the heated part of the tree after a replay,
     * which at the readable zoom {@link #showAll} stops at did not fit beside the heat panel). Done at the next
     * layout, after a pending fit.
     */
    public void showWhole(List<String> nodeIds) {
        pendingWhole = List.copyOf(nodeIds);
        requestLayout();
    }

    /** A count that grows each time the user pans, zooms, scrolls or fits the view (what framing for them compares). */
    public long userMoves() {
        return userMoves;
    }

    /** Where an edge lies on the screen now (tests check that heated edges are in view), or null when not laid out. */
    public Bounds screenBoundsOfEdge(String parentId, String childId) {
        ensureLayout();
        return layout.edges().stream().filter(e -> e.parentId().equals(parentId) && e.childId().equals(childId))
                .findFirst().map(e -> viewport.localToScreen(new BoundingBox((e.minX() - offsetX()) * scale(),
                        (e.minY() - offsetY()) * scale(), (e.maxX() - e.minX()) * scale(),
                        (e.maxY() - e.minY()) * scale()))).orElse(null);
    }

    /** The viewport's bounds on the screen. */
    public Bounds viewportScreenBounds() {
        return viewport.localToScreen(viewport.getLayoutBounds());
    }

    /** Whether these nodes' cards fit the view together at the least zoom {@link #showAll} goes to. */
    public boolean fitsReadable(List<String> nodeIds) {
        List<CardBox> cards = cardsOf(nodeIds);
        return cards.isEmpty() || CanvasFraming.fits(cards, viewport.getWidth(), viewport.getHeight(),
                READABLE_SCALE * CanvasFraming.LEAST_READABLE);
    }

    /** Scrolls as little as it takes to show these cards whole, or the first of them when they do not fit. */
    public void revealAll(List<String> nodeIds) {
        List<CardBox> cards = cardsOf(nodeIds);
        if (cards.isEmpty() || viewport.getWidth() <= 0) {
            return;
        }
        CanvasFraming next = framing().reveal(cards, viewport.getWidth(), viewport.getHeight());
        if (next.offsetX() != offsetX() || next.offsetY() != offsetY()) {
            stopKeeping();
            setOffset(next.offsetX(), next.offsetY());
        }
    }

    /** The laid-out cards of these nodes (a collapsed one has none). */
    private List<CardBox> cardsOf(List<String> nodeIds) {
        ensureLayout();
        return nodeIds.stream().map(layout::box).filter(Objects::nonNull).toList();
    }

    // ---- rendering ----

    private void ensureLayout() {
        AttackTree tree = editor.document().tree();
        if (!layoutStale && layout != null && tree != laidOutTree) {
            Optional<Set<String>> edited = CardChanges.between(laidOutTree, tree);
            if (edited.isPresent()) {
                editedCards.addAll(edited.get());
                laidOutTree = tree;
                return;
            }
        }
        if (layoutStale || layout == null || tree != laidOutTree) {
            layout = TreeLayout.of(tree, Set.copyOf(editor.collapsed()), LayoutOptions.DEFAULT);
            overviewStale = true;
            pictureStale = true;
            laidOutTree = tree;
            layoutStale = false;
        }
    }

    @Override
    protected void layoutChildren() {
        double barW = vBar.prefWidth(-1);
        double barH = hBar.prefHeight(-1);
        double w = getWidth() - barW;
        double h = getHeight() - barH;
        viewport.resizeRelocate(0, 0, w, h);
        hBar.resizeRelocate(0, h, w, barH);
        vBar.resizeRelocate(w, 0, barW, h);
        ensureLayout();
        if (keepFitted && (w != fittedWidth || h != fittedHeight)) {
            fitPending = true;
        }
        if (keptWhole != null && pendingWhole == null && (w != wholeWidth || h != wholeHeight)) {
            pendingWhole = keptWhole;
        }
        if (fitPending && w > 0 && h > 0) {
            fitPending = false;
            stopKeeping();
            fitNow();
            keepFitted = true;
            fittedWidth = w;
            fittedHeight = h;
        }
        if (pendingShowing != null && w > 0 && h > 0) {
            List<String> ids = pendingShowing;
            pendingShowing = null;
            showAllNow(ids);
        }
        if (pendingWhole != null && w > 0 && h > 0) {
            List<String> ids = pendingWhole;
            List<CardBox> cards = cardsOf(ids);
            pendingWhole = null;
            if (!cards.isEmpty()) {
                stopKeeping();
                apply(CanvasFraming.whole(cards, w, h, MIN_SCALE));
                keptWhole = ids;
                wholeWidth = w;
                wholeHeight = h;
            }
        }
        if (pendingReveal != null) {
            String id = pendingReveal;
            pendingReveal = null;
            reveal(id);
        }
        syncScrollBars(w, h);
        render(w, h);
        placeOverview(w, h);
        gestures.placeEditor();
    }

    /** The overview map in the viewport's lower right corner, while the tree is larger than the view. */
    private void placeOverview(double w, double h) {
        boolean larger = layout.width() * scale() > w || layout.height() * scale() > h;
        double[] size = CanvasOverview.sizeFor(layout);
        boolean room = size[0] + 2 * OVERVIEW_GAP < w / 2 && size[1] + 2 * OVERVIEW_GAP < h / 2;
        overview.setVisible(overviewShown.get() && larger && room && !layout.boxes().isEmpty());
        if (!overview.isVisible()) {
            return;
        }
        overview.resizeRelocate(w - size[0] - OVERVIEW_GAP, h - size[1] - OVERVIEW_GAP, size[0], size[1]);
        overview.show(layout, Set.copyOf(litNodes), overviewStale, framing(), w, h);
        overviewStale = false;
    }

    /** The view stops following a fit or a whole set of nodes: the user or another framing chose it. */
    private void stopKeeping() {
        keepFitted = false;
        keptWhole = null;
    }

    /** Moves the view so that a canvas point is in its middle (a click on the overview map). */
    void centreOn(double canvasX, double canvasY) {
        stopKeeping();
        userMoves++;
        setOffset(canvasX - viewport.getWidth() / 2 / scale(), canvasY - viewport.getHeight() / 2 / scale());
    }

    /** Whether the overview map is offered (it shows only while the tree is larger than the view). */
    public BooleanProperty overviewShownProperty() {
        return overviewShown;
    }

    /** The canvas x in the middle of the view (tests check that the overview moves it). */
    public double viewedCentreX() {
        return offsetX() + viewport.getWidth() / 2 / scale();
    }

    /** Whether the overview map is on screen now (tests ask). */
    public boolean isOverviewVisible() {
        return overview.isVisible();
    }

    /** Whether the whole tree fits the view at a readable zoom (then the opening view shows all of it). */
    public boolean wholeTreeReadable() {
        ensureLayout();
        return CanvasFraming.fitsReadable(layout, viewport.getWidth(), viewport.getHeight(), READABLE_SCALE);
    }

    /** One bar over the tree's extent (with margin) and wherever the view is now, even beyond it. */
    private void syncBar(ScrollBar bar, double treeMin, double treeMax, double visible, double offset) {
        double min = Math.min(treeMin - MARGIN, offset);
        double max = Math.max(treeMax + MARGIN - visible, offset);
        bar.setMin(min);
        bar.setMax(Math.max(min, max));
        bar.setVisibleAmount(Math.max(1, (max - min) * visible / Math.max(1, max - min + visible)));
        bar.setValue(offset);
        bar.setUnitIncrement(40 / scale());
        bar.setBlockIncrement(visible * 0.9);
    }

    private void syncScrollBars(double w, double h) {
        double visibleW = w / scale();
        double visibleH = h / scale();
        syncingBars = true;
        try {
            syncBar(hBar, layout.minX(), layout.maxX(), visibleW, offsetX());
            syncBar(vBar, layout.minY(), layout.maxY(), visibleH, offsetY());
        } finally {
            syncingBars = false;
        }
    }

    /** The picture of the laid-out tree with every overlay, made again only when something in it changed. */
    private TreePicture picture() {
        Map<String, NodeValues> now = values.get();
        if (!pictureStale && picture != null && picture.layout() == layout) {
            if (valuesChanged) {
                for (CardBox box : layout.boxes()) {
                    if (!Objects.equals(pictureValues.get(box.nodeId()), now.get(box.nodeId()))) {
                        editedCards.add(box.nodeId());
                    }
                }
            }
            if (!editedCards.isEmpty()) {
                picture = picture.withCards(laidOutTree, editedCards, now, editor.cardTexts(),
                        overlayList());
            }
        }
        editedCards.clear();
        valuesChanged = false;
        pictureValues = now;
        if (pictureStale || picture == null || picture.layout() != layout) {
            picture = TreePicture.of(laidOutTree, layout, now, editor.cardTexts(),
                    overlayList());
            litNodes.clear();
            picture.cardsById().values().stream().filter(c -> c.has(ScenarioOverlay.IN_SCENARIO))
                    .forEach(c -> litNodes.add(c.nodeId()));
            pictureStale = false;
        }
        return picture;
    }

    /** The canvas's own path to the selection first, then the overlays in drawing order. */
    private List<Overlay> overlayList() {
        List<Overlay> all = new ArrayList<>(overlays.size() + 1);
        all.add(new SelectionPathOverlay(editor.pathToRootProperty().get(), editor.primary()));
        all.addAll(overlays);
        return all;
    }

    private void render(double w, double h) {
        double pad = 40;
        double x0 = offsetX() - pad;
        double y0 = offsetY() - pad;
        double x1 = offsetX() + w / scale() + pad;
        double y1 = offsetY() + h / scale() + pad;
        TreePicture drawn = picture();
        Set<String> selected = editor.selection();

        Set<String> visible = new HashSet<>();
        List<NodeCard> toAdd = new ArrayList<>();
        for (CardBox box : layout.boxes()) {
            if (!box.intersects(x0, y0, x1, y1)) {
                continue;
            }
            String id = box.nodeId();
            visible.add(id);
            NodeCard card = shown.get(id);
            if (card == null) {
                card = spare.isEmpty() ? gestures.newCard() : spare.pop();
                shown.put(id, card);
                toAdd.add(card);
            }
            card.show(new NodeCard.State(drawn.card(id), selected.contains(id), id.equals(dropTarget)));
            card.resizeRelocate(box.x(), box.y(), box.width(), box.height());
        }
        List<NodeCard> gone = new ArrayList<>();
        shown.entrySet().removeIf(entry -> {
            if (!visible.contains(entry.getKey())) {
                gone.add(entry.getValue());
                return true;
            }
            return false;
        });
        cardLayer.getChildren().removeAll(gone);
        for (NodeCard card : gone) {
            card.setTranslateX(0);
            card.setTranslateY(0);
            spare.push(card);
        }
        cardLayer.getChildren().addAll(toAdd);
        renderEdges(drawn, x0, y0, x1, y1);
    }

    /**
     * The edges in view, each on its base layer and on the layer of every overlay mark it has. Setting
     * a layer's elements makes the whole area it spans dirty, so the layers stay as they are while the
     * edges and the view do not change: typing a label then repaints its card, not the canvas.
     */
    private void renderEdges(TreePicture drawn, double x0, double y0, double x1, double y1) {
        EdgeView next = new EdgeView(drawn.edges(), x0, y0, x1, y1, scale());
        if (next.equals(drawnEdges)) {
            return;
        }
        drawnEdges = next;
        Map<Path, List<PathElement>> elements = new HashMap<>();
        Map<Path, Double> weights = new HashMap<>();
        edgeLayers.values().forEach(path -> elements.put(path, new ArrayList<>()));
        for (PictureEdge edge : drawn.edges()) {
            EdgeRoute route = edge.route();
            if (route.maxX() < x0 || route.minX() > x1 || route.maxY() < y0 || route.minY() > y1) {
                continue;
            }
            addEdge(elements.get(edgeLayer(edge.baseStyle(), 1)), route);
            for (EdgeMark mark : edge.marks()) {
                Path layer = edgeLayer(mark.style(), mark.weight(), mark.tooltip());
                weights.put(layer, mark.weight());
                addEdge(elements.computeIfAbsent(layer, p -> new ArrayList<>()), route);
            }
        }
        // at low zoom an edge keeps at least one screen pixel, or the overview loses its lines
        double minimum = 1.0 / scale();
        for (Map.Entry<Path, List<PathElement>> layer : elements.entrySet()) {
            double weight = weights.getOrDefault(layer.getKey(), 1.0);
            layer.getKey().setStrokeWidth(Math.max(1.6 * weight, weight * minimum));
            layer.getKey().getElements().setAll(layer.getValue());
        }
    }

    /** The edges drawn (by identity: a picture keeps its list while only cards change) and the window they were cut to. */
    private record EdgeView(List<PictureEdge> edges, double x0, double y0, double x1, double y1, double scale) {
        @Override
        public boolean equals(Object other) {
            return other instanceof EdgeView o && o.edges == edges && o.x0 == x0 && o.y0 == y0 && o.x1 == x1
                    && o.y1 == y1 && o.scale == scale;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(edges);
        }
    }

    private static void addEdge(List<PathElement> elements, EdgeRoute edge) {
        elements.add(new MoveTo(edge.startX(), edge.startY()));
        elements.add(new VLineTo(edge.midY()));
        elements.add(new HLineTo(edge.endX()));
        elements.add(new VLineTo(edge.endY()));
    }

    /** How many cards are in the scene graph now (the benchmark and tests check virtualisation). */
    public int shownCardCount() {
        return shown.size();
    }

    /** The ids of the edges drawn highlighted for the scenario, as child ids (tests read them). */
    public int scenarioEdgeCount() {
        return (int) edgeLayers.values().stream().filter(p -> p.getStyleClass().contains(ScenarioOverlay.EDGE_SCENARIO))
                .flatMap(p -> p.getElements().stream()).filter(e -> e instanceof MoveTo).count();
    }

    public CanvasGestures gestures() {
        return gestures;
    }
}
