package io.stormcenter.workbench.ui.report;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.PaperSize;
import io.stormcenter.workbench.report.PdfReport;
import io.stormcenter.workbench.report.ReportCancelledException;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.report.ReportProgress;
import io.stormcenter.workbench.report.ReportRequest;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.ui.background.TaskContext;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Export Report dialog's state: the choices the CLI's {@code report} takes as options, and the
 * writing itself, on a background lane with its progress and current step, cancellable. When the
 * file is written it is opened in the desktop's viewer where there is one; where there is none the
 * dialog says where the file is.
 */
public final class ReportExportViewModel {

    /** What the dialog hands the core: the report of a request, to a file, with progress. */
    @FunctionalInterface
    public interface ReportWriter {
        long write(ReportRequest request, Path target, ReportProgress progress) throws Exception;

        static ReportWriter of(PdfReport pdf) {
            return pdf::write;
        }
    }

    /** The result of one export, as the dialog shows it. */
    public record Written(Path file, long bytes, boolean evidenceBased) {
    }

    private final Supplier<AttackTree> tree;
    private final Supplier<String> modelName;
    private final ReportSources sources;
    private final ReportWriter writer;
    private final DocumentOpener opener;
    private final Clock clock;
    private final TaskLane lane;
    private final Executor fx;
    private final Executor io;
    private final ObjectProperty<ReportWindow> window = new SimpleObjectProperty<>(this, "window", ReportWindow.ALL);
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");
    private final ObservableList<AttackerProfile> profiles = FXCollections.observableArrayList(AttackerProfile.builtIns());
    private final ObjectProperty<AttackerProfile> profile = new SimpleObjectProperty<>(this, "profile", profiles.get(0));
    private final BooleanProperty anonymise = new SimpleBooleanProperty(this, "anonymise", true);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(this, "paper", PaperSize.A4);
    private final BooleanProperty includeShared = new SimpleBooleanProperty(this, "includeShared", true);
    private final ReadOnlyStringWrapper budgetProblem = new ReadOnlyStringWrapper(this, "budgetProblem", "");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyObjectWrapper<Written> written = new ReadOnlyObjectWrapper<>(this, "written");
    private final BooleanBinding exportable;

    public ReportExportViewModel(Supplier<AttackTree> tree, Supplier<String> modelName, ReportSources sources,
                                 ReportWriter writer, DocumentOpener opener, Clock clock, TaskLane lane, Executor fx,
                                 Executor io) {
        this.tree = tree;
        this.modelName = modelName;
        this.sources = sources;
        this.writer = writer;
        this.opener = opener;
        this.clock = clock;
        this.lane = lane;
        this.fx = fx;
        this.io = io;
        budget.addListener((obs, old, text) -> budgetProblem.set(problemOf(text)));
        exportable = Bindings.createBooleanBinding(() -> budgetProblem.get().isEmpty() && !lane.runningProperty().get()
                        && profile.get() != null && paper.get() != null,
                budgetProblem, lane.runningProperty(), profile, paper);
    }

    /** The name the save dialog suggests: the model's, with {@code -risk-report.pdf}. */
    public String suggestedFileName() {
        String name = modelName.get() == null ? tree.get().id() : modelName.get();
        return name.replaceFirst("\\.json$", "") + "-risk-report.pdf";
    }

    /** Writes the report to {@code target} in the background; then opens it. Nothing happens while one is written. */
    public void export(Path target) {
        if (!exportable.get()) {
            return;
        }
        AttackTree current = tree.get();
        ReportWindow span = window.get();
        Double spend = parseBudget(budget.get());
        AttackerProfile attacker = profile.get();
        PaperSize size = paper.get();
        boolean hide = anonymise.get();
        boolean shared = includeShared.get();
        String name = modelName.get();
        written.set(null);
        step.set("Reading the observations");
        lane.submit(context -> {
            ReportRequest request = request(current, name, span, spend, attacker, size, hide, shared);
            long bytes = writer.write(request, target, progress(context));
            return new Written(target, bytes, request.hasObservations());
        }, this::done, failure -> step.set(failure instanceof ReportCancelledException ? "Cancelled"
                : "The report could not be written: " + failure.getMessage()));
    }

    private ReportRequest request(AttackTree current, String name, ReportWindow span, Double spend,
                                  AttackerProfile attacker, PaperSize size, boolean hide, boolean shared)
            throws Exception {
        List<Observation> observations = sources.observations();
        Instant newest = observations.stream().map(Observation::eventTime).max(Instant::compareTo).orElse(null);
        TimeWindow range = span.window(newest);
        ObservedHeat observed = observations.isEmpty() ? null
                : ObservedHeat.of(current, SessionRules.defaults(List.of()), range, observations);
        EvidenceSet others = shared ? sources.shared(current) : EvidenceSet.empty();
        ReportDeployment deployed = sources.deployment();
        return new ReportRequest(current, name, attacker, spend, size, hide, clock.instant(), deployed.context(),
                observed, observed == null ? null : span.label(), others, deployed.inventory(), deployed.secrets());
    }

    private ReportProgress progress(TaskContext context) {
        return new ReportProgress() {
            @Override
            public void step(String what, double done) {
                context.progress(done);
                fx.execute(() -> {
                    if (lane.runningProperty().get()) {
                        step.set(what);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return context.cancelled();
            }
        };
    }

    private void done(Written result) {
        written.set(result);
        String what = String.format(Locale.ROOT, "Wrote %s (%d KiB, %s)", result.file().getFileName(),
                Math.max(1, result.bytes() / 1024), result.evidenceBased() ? "evidence-based"
                        : "design-time assessment: nothing was observed");
        step.set(what + ". Opening it\u2026");
        io.execute(() -> {
            boolean opened;
            try {
                opened = opener.open(result.file());
            } catch (RuntimeException noViewer) {
                opened = false;
            }
            boolean shown = opened;
            fx.execute(() -> step.set(shown ? what + "; opened in the PDF viewer."
                    : what + ". No PDF viewer could be started here: the file is " + result.file().toAbsolutePath()));
        });
    }

    /** Stops the report being written: it is not written at all. */
    public void cancel() {
        if (lane.runningProperty().get()) {
            lane.cancel();
            step.set("Cancelled");
        }
    }

    private static String problemOf(String text) {
        try {
            parseBudget(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Blank is no budget (every proposal that lowers the risk); else dollars, zero or more ("$20,000" is fine). */
    static Double parseBudget(String text) {
        String plain = text == null ? "" : text.strip().replace("$", "").replace(",", "").replace("_", "");
        if (plain.isEmpty()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The budget is an amount in dollars, such as 20000");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The budget must be zero or more");
        }
        return value;
    }

    public ObjectProperty<ReportWindow> windowProperty() {
        return window;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public ObservableList<AttackerProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<AttackerProfile> profileProperty() {
        return profile;
    }

    public BooleanProperty anonymiseProperty() {
        return anonymise;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public BooleanProperty includeSharedProperty() {
        return includeShared;
    }

    /** Why the budget cannot be read, or empty. */
    public ReadOnlyStringProperty budgetProblemProperty() {
        return budgetProblem.getReadOnlyProperty();
    }

    /** What the writing does now, or how it ended. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return lane.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return lane.runningProperty();
    }

    public BooleanBinding exportableProperty() {
        return exportable;
    }

    /** The last report written, or null. */
    public ReadOnlyObjectProperty<Written> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
