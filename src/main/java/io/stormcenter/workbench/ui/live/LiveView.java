package io.stormcenter.workbench.ui.live;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Live panel, a thin view over {@link LiveViewModel}: the sources to collect from, Start and
 * Stop, what runs and how each source is doing, the rate and the counts, and the feed of the latest
 * observations with its filters. Built in code; every control has an id.
 */
public final class LiveView extends VBox {

    /**
     * @param tree      the open model's tree
     * @param modelFile its file, beside which the observations are stored (null while unsaved)
     */
    public LiveView(LiveViewModel model, Supplier<AttackTree> tree, Supplier<Path> modelFile) {
        setId("live-view");
        setSpacing(8);
        setPadding(new Insets(10));

        Label header = new Label();
        header.setId("live-header");
        wrapping(header);
        header.textProperty().bind(model.headerProperty());

        CheckBox cluster = new CheckBox("Cluster: sensor logs and Events");
        cluster.setId("live-cluster");
        wrapping(cluster);
        cluster.setTooltip(new Tooltip("Streams Tetragon's export, Falco's and Kubescape's alerts from their pods' logs,"
                + " and watches the Events, through the API server of the deployment's context"));
        cluster.selectedProperty().bindBidirectional(model.clusterProperty());
        CheckBox receiver = new CheckBox("Receiver");
        receiver.setId("live-receiver");
        receiver.setMinWidth(Region.USE_PREF_SIZE);
        receiver.setTooltip(new Tooltip("The HTTPS receiver for the audit webhook, falcosidekick and Tetragon; its token,"
                + " key pair and webhook kubeconfig are kept beside the model"));
        receiver.selectedProperty().bindBidirectional(model.receiverProperty());
        TextField listen = field("live-listen", "HOST:PORT", model.listenProperty());
        listen.disableProperty().bind(model.receiverProperty().not());
        CheckBox kafka = new CheckBox("Kafka");
        kafka.setId("live-kafka");
        kafka.setMinWidth(Region.USE_PREF_SIZE);
        kafka.selectedProperty().bindBidirectional(model.kafkaProperty());
        TextField bootstrap = field("live-kafka-bootstrap", "bootstrap host:port", model.kafkaBootstrapProperty());
        TextField topics = field("live-kafka-topics", "topics (T or T=sensor)", model.kafkaTopicsProperty());
        bootstrap.disableProperty().bind(model.kafkaProperty().not());
        topics.disableProperty().bind(model.kafkaProperty().not());
        // the fields under each other in a column of their own: side by side, a 340 px panel cut their hints
        GridPane sourceFields = new GridPane();
        sourceFields.setHgap(6);
        sourceFields.setVgap(6);
        sourceFields.addRow(0, receiver, listen);
        sourceFields.addRow(1, kafka, bootstrap);
        sourceFields.add(topics, 1, 2);
        ColumnConstraints boxes = new ColumnConstraints();
        boxes.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        sourceFields.getColumnConstraints().setAll(boxes, fields);
        VBox options = new VBox(6, cluster, sourceFields);
        options.setId("live-options");
        options.disableProperty().bind(model.runningProperty().or(model.busyProperty()));

        Button start = new Button("Start", new FontIcon("mdi2p-play"));
        start.setId("live-start");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start(modelFile.get(), tree.get()));
        Button stop = new Button("Stop", new FontIcon("mdi2s-stop"));
        stop.setId("live-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.disableProperty().bind(model.runningProperty().not().or(model.busyProperty()));
        stop.setOnAction(e -> model.stop());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("live-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label rate = new Label();
        rate.setId("live-rate");
        rate.getStyleClass().add(WorkbenchCss.METRIC_VALUE);
        rate.textProperty().bind(model.rateProperty());
        rate.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox commands = row(start, stop, busy, spring, rate);

        Label error = message("live-error", WorkbenchCss.LIVE_ERROR, model.errorProperty().isEmpty());
        error.textProperty().bind(model.errorProperty());
        error.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        Label rejected = message("live-rejected", WorkbenchCss.LIVE_WARNING, model.rejectedProperty().isEmpty());
        rejected.textProperty().bind(model.rejectedProperty());

        VBox sources = new VBox(2);
        sources.setId("live-sources");
        model.sources().addListener((ListChangeListener<SourceStatus>) c -> showSources(sources, model.sources()));
        Label totals = new Label();
        totals.setId("live-totals");
        wrapping(totals);
        totals.getStyleClass().add(WorkbenchCss.HINT);
        totals.textProperty().bind(model.totalsProperty());
        FlowPane counts = new FlowPane(6, 4);
        counts.setId("live-counts");
        model.counts().addListener((ListChangeListener<LiveViewModel.Count>) c -> showCounts(counts, model.counts()));

        ComboBox<String> source = new ComboBox<>(model.sourceChoices());
        source.setId("live-filter-source");
        source.valueProperty().bindBidirectional(model.sourceFilterProperty());
        source.setMinWidth(Region.USE_PREF_SIZE);
        TextField tripwire = field("live-filter-tripwire", "trip-wire", model.tripwireFilterProperty());
        TextField node = field("live-filter-node", "node", model.nodeFilterProperty());
        HBox filters = row(source, tripwire, node);

        TableView<ObservationRow> table = new TableView<>(model.shownObservations());
        table.setId("live-feed");
        // two columns fit the side panel, titles whole (the second takes the rest of the width): the outcome
        // goes under the time, the source and actor under what was touched, rather than scrolling sideways
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setPlaceholder(new Label("No observations yet"));
        TableColumn<ObservationRow, ObservationRow> time = FeedCell.column("Time (UTC)", 116, ObservationRow::time,
                ObservationRow::outcome, row -> java.util.Objects.requireNonNullElse(outcomeStyle(row.outcome()), WorkbenchCss.HINT));
        time.setMaxWidth(150);
        table.getColumns().setAll(List.of(time, FeedCell.column("Trip-wire or object", 150, ObservationRow::subject,
                row -> row.source() + (row.actor().isEmpty() ? "" : " \u00b7 " + row.actor()), row -> WorkbenchCss.HINT)));
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(header, options, commands, error, rejected, sources, counts, totals, filters, table);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMinWidth(60);
        return field;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A label (or check box) that takes as many lines as its text needs in the panel's width. */
    private static void wrapping(javafx.scene.control.Labeled labeled) {
        labeled.setWrapText(true);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
        labeled.setMaxWidth(Double.MAX_VALUE);
    }

    private static Label message(String id, String style, javafx.beans.binding.BooleanBinding empty) {
        Label label = new Label();
        label.setId(id);
        wrapping(label);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(empty.not());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static void showSources(VBox box, List<SourceStatus> statuses) {
        box.getChildren().clear();
        for (SourceStatus status : statuses) {
            Label line = new Label(status.line());
            wrapping(line);
            line.getStyleClass().add(WorkbenchCss.LIVE_SOURCE);
            switch (status.state()) {
                case FAILED -> line.getStyleClass().add(WorkbenchCss.LIVE_FAILED);
                case RETRYING -> line.getStyleClass().add(WorkbenchCss.LIVE_RETRYING);
                case RUNNING -> line.getStyleClass().add(WorkbenchCss.LIVE_RUNNING);
                default -> { }
            }
            box.getChildren().add(line);
        }
    }

    private static void showCounts(FlowPane pane, List<LiveViewModel.Count> counts) {
        pane.getChildren().clear();
        for (LiveViewModel.Count count : counts) {
            Label chip = new Label(String.format(java.util.Locale.ROOT, "%s %,d", count.name(), count.value()));
            chip.getStyleClass().add(WorkbenchCss.LIVE_COUNT);
            String outcome = outcomeStyle(count.name());
            if ("outcome".equals(count.group()) && outcome != null) {
                chip.getStyleClass().add(outcome);
            }
            pane.getChildren().add(chip);
        }
    }

    private static String outcomeStyle(String outcome) {
        return switch (outcome) {
            case "counted" -> WorkbenchCss.OUTCOME_COUNTED;
            case "denied" -> WorkbenchCss.OUTCOME_DENIED;
            case "excluded" -> WorkbenchCss.OUTCOME_EXCLUDED;
            default -> null;
        };
    }
}
