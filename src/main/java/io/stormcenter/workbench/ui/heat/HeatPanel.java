package io.stormcenter.workbench.ui.heat;

import io.stormcenter.workbench.heat.LinkKind;
import io.stormcenter.workbench.heat.ReachedNode;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionLink;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.telemetry.Observation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

/**
 * The heat panel: the window (live, 1 h, 24 h, 7 d, all, custom), a timeline scrubber that replays
 * how the heat grew, the legend of the edge colours, the sessions (first and last seen, path,
 * links) and the observations of the selected one. A view only: everything is in the view model.
 */
public final class HeatPanel extends VBox {

    static final String STYLE = "heat-panel";

    public HeatPanel(HeatViewModel model) {
        super(8);
        getStyleClass().add(STYLE);
        setId("heat-panel");
        setPadding(new Insets(10));

        Label status = new Label();
        status.setId("heat-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        ChoiceBox<WindowChoice> window = new ChoiceBox<>();
        window.setId("heat-window");
        window.getItems().setAll(WindowChoice.values());
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(WindowChoice choice) {
                return choice == null ? "" : choice.title();
            }

            @Override
            public WindowChoice fromString(String text) {
                return null;
            }
        });
        window.valueProperty().bindBidirectional(model.choiceProperty());
        // whether "24 h" means the last day up to now (a collection runs) or the capture's last day
        Label windowEnd = new Label();
        windowEnd.setId("heat-window-end");
        windowEnd.setWrapText(true);
        windowEnd.setMinWidth(0);
        windowEnd.setMinHeight(Region.USE_PREF_SIZE);
        windowEnd.textProperty().bind(model.windowEndProperty());
        windowEnd.setTooltip(new Tooltip("While a collection runs, 1 h, 24 h and 7 d end now and move on with the "
                + "clock; for a replay or a past capture they end at its newest event"));
        windowEnd.managedProperty().bind(windowEnd.textProperty().isNotEmpty());
        UtcInstantPicker from = new UtcInstantPicker("heat-custom-from", "From");
        UtcInstantPicker to = new UtcInstantPicker("heat-custom-to", "To");
        from.valueProperty().addListener((obs, old, v) -> model.customFromProperty().set(v));
        to.valueProperty().addListener((obs, old, v) -> model.customToProperty().set(v));
        GridPane custom = new GridPane();
        custom.setId("heat-custom");
        custom.setHgap(6);
        custom.setVgap(4);
        custom.addRow(0, new Label("From"), from);
        custom.addRow(1, new Label("To"), to);
        custom.add(new Label("UTC; the window ends before To"), 1, 2);
        custom.visibleProperty().bind(model.choiceProperty().isEqualTo(WindowChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        // choosing Custom starts from the span observed, so the pickers open where the data is
        model.choiceProperty().addListener((obs, old, chosen) -> {
            HeatSnapshot shown = model.snapshotProperty().get();
            if (chosen == WindowChoice.CUSTOM && from.day() == null && shown.first() != null) {
                from.show(shown.first());
                to.show(shown.last().plusSeconds(60));
            }
        });

        Slider scrubber = new Slider(0, 1, 1);
        scrubber.setId("heat-scrubber");
        scrubber.setTooltip(new Tooltip("Drag back to see how the heat grew over the window"));
        // the heat follows the thumb once it is let go or moved by keys, not at every pixel of a drag
        scrubber.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                model.scrubProperty().set(scrubber.getValue());
            }
        });
        scrubber.valueProperty().addListener((obs, old, value) -> {
            if (!scrubber.isValueChanging()) {
                model.scrubProperty().set(value.doubleValue());
            }
        });
        // and the thumb follows the model when it moves the timeline (a live collection starting puts it at the end)
        model.scrubProperty().addListener((obs, old, value) -> {
            if (!scrubber.isValueChanging() && scrubber.getValue() != value.doubleValue()) {
                scrubber.setValue(value.doubleValue());
            }
        });
        Label scrubText = new Label();
        scrubText.setId("heat-timeline");
        scrubText.textProperty().bind(model.scrubTextProperty());
        HBox.setHgrow(scrubber, Priority.ALWAYS);

        FlowPane legend = new FlowPane(10, 4);
        legend.setId("heat-legend");
        model.overlayProperty().addListener((obs, old, overlay) -> showLegend(legend, model));

        ListView<Session> sessions = new ListView<>(model.sessions());
        sessions.setId("heat-sessions");
        sessions.setCellFactory(list -> new SessionCell());
        sessions.setPlaceholder(new Label("No session in this window"));
        sessions.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> model.selectedProperty().set(s));
        model.selectedProperty().addListener((obs, old, s) -> {
            if (s != sessions.getSelectionModel().getSelectedItem()) {
                sessions.getSelectionModel().select(s);
            }
        });
        ListView<Observation> observations = new ListView<>(model.selectedObservations());
        observations.setId("heat-observations");
        observations.setCellFactory(list -> new ObservationCell());
        Label pick = new Label("Select a session to light its path and list what it did, in order");
        pick.setWrapText(true);
        observations.setPlaceholder(pick);
        Label links = new Label();
        links.setId("heat-links");
        // one line per kind of link (a session of many processes has dozens of lineage links with long ids, which
        // wrapped took the whole panel and squeezed both lists to a row); every link is in the tooltip
        model.selectedProperty().addListener((obs, old, s) -> {
            links.setText(s == null ? "" : linkSummary(s.links()));
            links.setTooltip(s == null || s.links().isEmpty() ? null : new Tooltip(s.links().stream()
                    .map(SessionLink::explanation).distinct().collect(Collectors.joining("\n"))));
        });

        getChildren().addAll(status, new HBox(6, new Label("Window"), window), windowEnd, custom,
                new HBox(6, new Label("Timeline"), scrubber), scrubText, legend,
                new Label("Sessions"), sessions, links, new Label("Observations of the session"), observations);
        // the lists give up height, never the lines above them (they were cut through their letters)
        status.setMinHeight(Region.USE_PREF_SIZE);
        links.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(sessions, Priority.ALWAYS);
        VBox.setVgrow(observations, Priority.ALWAYS);
    }

    /** "joined by pod inventory-live/jumphost", "joined by exec_id lineage (7 processes)": a line per kind of link. */
    static String linkSummary(List<SessionLink> all) {
        Map<LinkKind, Set<String>> byKind = new LinkedHashMap<>();
        for (SessionLink link : all) {
            byKind.computeIfAbsent(link.kind(), k -> new LinkedHashSet<>()).add(link.value());
        }
        List<String> lines = new ArrayList<>();
        byKind.forEach((kind, values) -> {
            // names (a pod, an identity, an address) read; a run of exec ids or container ids does not: count them
            String named = String.join(", ", values);
            lines.add("joined " + kind.explain(values.size() == 1 || named.length() <= 60 ? named
                    : "(" + values.size() + " " + (kind == LinkKind.LINEAGE ? "processes" : "values") + ")"));
        });
        return String.join("\n", lines);
    }

    private static void showLegend(FlowPane legend, HeatViewModel model) {
        legend.getChildren().clear();
        for (HeatOverlay.LegendEntry entry : model.legend()) {
            Line swatch = new Line(0, 0, 22, 0);
            swatch.getStyleClass().add("heat-legend-swatch");
            swatch.setStrokeWidth(1.6 * entry.weight());
            swatch.setStroke(javafx.scene.paint.Color.web(entry.colour()));
            legend.getChildren().add(new HBox(4, swatch, new Label(entry.label())));
        }
    }

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A session: its id and span (UTC), and the path it took. */
    private static final class SessionCell extends ListCell<Session> {

        SessionCell() {
            setPrefWidth(0); // cut with an ellipsis at the panel's width rather than scroll sideways
        }

        @Override
        protected void updateItem(Session session, boolean empty) {
            super.updateItem(session, empty);
            if (empty || session == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            boolean oneDay = session.firstSeen().truncatedTo(ChronoUnit.DAYS)
                    .equals(session.lastSeen().truncatedTo(ChronoUnit.DAYS));
            // two short lines fit the narrow panel; the whole path is in the tooltip and lit when selected
            List<String> path = session.reached().stream().map(ReachedNode::nodeId).toList();
            String shortPath = path.size() <= 2 ? String.join(" \u203a ", path)
                    : path.size() + " steps: " + path.get(0) + " \u203a \u2026 \u203a " + path.get(path.size() - 1);
            // the span first: a narrow panel cuts the id, which the tooltip and the selection still give
            setText(DAY_TIME.format(session.firstSeen()) + "\u2013" + (oneDay ? TIME : DAY_TIME).format(session.lastSeen())
                    + "  " + session.id() + "\n" + shortPath);
            setTooltip(new Tooltip(session.id() + "\n" + String.join(" \u203a ", path) + "\nFirst seen " + session.firstSeen()
                    + ", last seen " + session.lastSeen() + "\n" + session.observations().size() + " observations"));
        }
    }

    /** One observation of the selected session, in time order. */
    private static final class ObservationCell extends ListCell<Observation> {

        ObservationCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Observation o, boolean empty) {
            super.updateItem(o, empty);
            if (empty || o == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            // a trip-wire the tree no longer carries proves no node (the heat follows the tree as edited)
            String proves = o.nodeId() == null ? o.tripwireId() + " (not in the tree)" : o.nodeId();
            setText(SECONDS.format(o.eventTime()) + "  " + o.source().key() + "  " + o.outcome().key() + "\n"
                    + (o.tripwireId() == null ? (o.object() == null ? "" : o.object()) : proves));
            setTooltip(new Tooltip(o.eventTime() + (o.tripwireId() == null ? "" : "\n" + o.tripwireId() + " \u2192 "
                    + proves) + (o.object() == null ? "" : "\n" + o.object())));
        }
    }
}
