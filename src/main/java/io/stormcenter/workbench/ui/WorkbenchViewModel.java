package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.ModelFormats;
import io.stormcenter.workbench.format.AdToolFormat;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.stix.StixFormat;
import io.stormcenter.workbench.layout.LayoutOptions;
import io.stormcenter.workbench.layout.TreeLayout;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.picture.CardTexts;
import io.stormcenter.workbench.ui.canvas.TreePictures;
import io.stormcenter.workbench.ui.dialog.DialogService;
import io.stormcenter.workbench.ui.dialog.FileKind;
import io.stormcenter.workbench.ui.dialog.SaveChoice;
import io.stormcenter.workbench.ui.document.TreeDocument;
import io.stormcenter.workbench.ui.files.RecentFiles;
import io.stormcenter.workbench.ui.files.SampleFolder;
import io.stormcenter.workbench.ui.files.RecoveryStore;
import io.stormcenter.workbench.ui.files.SvgExport;
import io.stormcenter.workbench.ui.panels.AnalysisViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's file side: title, start page, New / Open / Save / Save As / Recent, ADTool and
 * STIX import, PNG / SVG / DOT / ADTool / STIX export, asking before unsaved work is lost, autosave to the recovery
 * copy and the offer to recover it. Reading files runs on the I/O executor; a file that fails to
 * load says where and leaves the open document alone.
 */
public final class WorkbenchViewModel {

    public static final String APP_NAME = "KSC Workbench";
    private static final long AUTOSAVE_DELAY_MILLIS = 2000;

    private final TreeDocument document;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final TaskLane reading;
    private final Executor fxThread;
    private final ScheduledExecutorService timer;
    private final Path sampleDir;
    private final ModelFormats formats = StixFormat.registry(Clock.systemUTC());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner");
    private final ReadOnlyBooleanWrapper startPageShown = new ReadOnlyBooleanWrapper(this, "startPageShown");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private ScheduledFuture<?> pendingAutosave;

    public WorkbenchViewModel(TreeDocument document, DialogService dialogs, RecentFiles recent, RecoveryStore recovery,
                              Executor io, Executor fxThread, ScheduledExecutorService timer, Path sampleDir) {
        this.document = document;
        this.dialogs = dialogs;
        this.recent = recent;
        this.recovery = recovery;
        // a file opened while another is still being read wins: the older one is never shown
        this.reading = TaskLane.immediate(io, fxThread);
        this.fxThread = fxThread;
        this.timer = timer;
        this.sampleDir = sampleDir;
        title.bind(Bindings.createStringBinding(this::describeTitle, document.fileProperty(), document.dirtyProperty(),
                document.treeProperty()));
        document.treeProperty().addListener((obs, old, tree) -> scheduleAutosave());
    }

    private String describeTitle() {
        Path file = document.file();
        String name = file == null ? document.tree().title().isBlank() ? "Untitled" : document.tree().title()
                : file.getFileName().toString();
        return (document.isDirty() ? "\u25cf " : "") + name + " \u2014 " + APP_NAME;
    }

    // ---- start page ----

    public void showStartPage() {
        startPageShown.set(true);
    }

    public void hideStartPage() {
        startPageShown.set(false);
    }

    /** The bundled sample models ({@code sample-models/*.json}), by name. */
    public List<Path> sampleModels() {
        return sampleDir == null ? List.of() : SampleFolder.models(sampleDir);
    }

    // ---- commands ----

    public void newTree() {
        if (!mayDiscardChanges()) {
            return;
        }
        document.load(TreeDocument.untitledTree(), null);
        recovery.discard();
        hideStartPage();
    }

    public void open() {
        if (!mayDiscardChanges()) {
            return;
        }
        dialogs.chooseFileToOpen("Open attack tree", FileKind.MODEL).ifPresent(this::load);
    }

    /** Opens a recent file or sample; asks first when the current document has unsaved changes. */
    public void open(Path file) {
        if (mayDiscardChanges()) {
            load(file);
        }
    }

    public void importAdtool() {
        if (!mayDiscardChanges()) {
            return;
        }
        dialogs.chooseFileToOpen("Import ADTool tree", FileKind.ADTOOL).ifPresent(this::load);
    }

    public void importStix() {
        if (!mayDiscardChanges()) {
            return;
        }
        dialogs.chooseFileToOpen("Import STIX bundle", FileKind.STIX).ifPresent(this::load);
    }

    /** Reads a file off the FX thread; on success it replaces the document, on failure a banner says why. */
    public void load(Path file) {
        busy.set(true);
        reading.submit(context -> formats.read(file), read -> opened(file, read),
                failure -> failed("Could not open " + file.getFileName(), whyNotRead(file, failure)));
    }

    private static String whyNotRead(Path file, Exception failure) {
        if (failure instanceof ModelFormatException) {
            return failure.getMessage();
        }
        if (failure instanceof IOException) {
            return "cannot read " + file + ": " + describe(failure);
        }
        return describe(failure);
    }

    private void opened(Path file, ModelFormats.Read read) {
        busy.set(false);
        // by what was read, not by the name: a STIX bundle called x.json must never be saved over
        boolean imported = !read.format().lossless();
        // a shipped sample opens as an untitled copy: Save asks where, the sample stays as shipped
        boolean sample = isSample(file);
        document.load(read.tree(), imported || sample ? null : file.toAbsolutePath());
        if (!imported && !sample) {
            recent.add(file);
        }
        recovery.discard();
        hideStartPage();
        if (!read.warnings().isEmpty()) {
            banner.set(Banner.warning("Opened with " + read.warnings().size() + " warning(s)",
                    String.join("\n", read.warnings().subList(0, Math.min(8, read.warnings().size())))));
        } else {
            banner.set(imported ? Banner.info("Imported " + file.getFileName(), "Save it as a KSC attack tree to keep it.")
                    : sample ? Banner.info("A copy of the sample " + file.getFileName(),
                            "Change it as you like: Save asks where to keep your copy, the sample stays as shipped.")
                    : null);
        }
    }

    /** Whether a file is one of the bundled samples (inside the sample folder). */
    public boolean isSample(Path file) {
        if (sampleDir == null) {
            return false;
        }
        Path folder = sampleDir.toAbsolutePath().normalize();
        return file.toAbsolutePath().normalize().startsWith(folder);
    }

    private void failed(String heading, String detail) {
        busy.set(false);
        banner.set(Banner.error(heading, detail));
    }

    /** Saves to the document's file, or asks for one. Returns whether the tree is now saved. */
    public boolean save() {
        Path file = document.file();
        if (file == null) {
            return saveAs();
        }
        return writeModel(file);
    }

    public boolean saveAs() {
        String suggested = document.file() != null ? document.file().getFileName().toString()
                : document.tree().id() + FileKind.MODEL.extension();
        Optional<Path> target = dialogs.chooseFileToSave("Save attack tree", suggested, FileKind.MODEL);
        return target.map(p -> writeModel(withExtension(p, FileKind.MODEL))).orElse(false);
    }

    private boolean writeModel(Path file) {
        AttackTree tree = document.tree();
        try {
            // the native file whatever the name says: Save must never write a lossy format
            TreeFiles.write(tree, file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not save", "Saving " + file + " failed: " + describe(e));
            return false;
        }
        document.markSaved(tree, file.toAbsolutePath());
        recent.add(file);
        recovery.discard();
        banner.set(null);
        return true;
    }

    public void exportSvg(TreeLayoutSource layouts, CardTexts badges, AnalysisViewModel analysis) {
        dialogs.chooseFileToSave("Export SVG", baseName() + ".svg", FileKind.SVG).ifPresent(target -> {
            try {
                AttackTree tree = document.tree();
                SvgExport.write(SvgExport.render(tree, layouts.layout(tree), analysis.values(), badges),
                        withExtension(target, FileKind.SVG));
            } catch (IOException | RuntimeException e) {
                dialogs.showError("Could not export", describe(e));
            }
        });
    }

    public void exportPng(TreePictures pictures) {
        dialogs.chooseFileToSave("Export PNG", baseName() + ".png", FileKind.PNG).ifPresent(target -> {
            try {
                pictures.writePng(withExtension(target, FileKind.PNG));
            } catch (IOException | RuntimeException e) {
                dialogs.showError("Could not export", describe(e));
            }
        });
    }

    public void exportDot() {
        dialogs.chooseFileToSave("Export Graphviz DOT", baseName() + ".dot", FileKind.DOT).ifPresent(target -> {
            try {
                formats.write(document.tree(), withExtension(target, FileKind.DOT));
            } catch (IOException | RuntimeException e) {
                dialogs.showError("Could not export", describe(e));
            }
        });
    }

    /** Writes the tree for ADTool; what ADTool cannot hold (trip-wires, techniques, cost without a domain) is named in a banner. */
    public void exportAdtool() {
        dialogs.chooseFileToSave("Export ADTool XML", baseName() + ".xml", FileKind.ADTOOL).ifPresent(target -> {
            AttackTree tree = document.tree();
            try {
                formats.write(tree, withExtension(target, FileKind.ADTOOL));
            } catch (IOException | RuntimeException e) {
                dialogs.showError("Could not export", describe(e));
                return;
            }
            List<String> lost = AdToolFormat.exportWarnings(tree);
            banner.set(lost.isEmpty() ? null : Banner.warning("Exported for ADTool; it cannot hold everything",
                    String.join("\n", lost.subList(0, Math.min(8, lost.size())))));
        });
    }

    /** Writes the tree as a STIX 2.1 bundle ({@code .stix.json}): attack patterns, indicators, courses of action. */
    public void exportStix() {
        dialogs.chooseFileToSave("Export STIX 2.1 bundle", baseName() + StixFormat.EXTENSION, FileKind.STIX)
                .ifPresent(target -> {
                    try {
                        formats.write(document.tree(), withExtension(target, FileKind.STIX));
                    } catch (IOException | RuntimeException e) {
                        dialogs.showError("Could not export", describe(e));
                    }
                });
    }

    /** File > Close: asks about unsaved changes, then leaves an empty tree behind the start page. */
    public void closeTree() {
        if (!mayDiscardChanges()) {
            return;
        }
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
        }
        document.load(TreeDocument.untitledTree(), null);
        recovery.discard();
        banner.set(null);
        showStartPage();
    }

    /** Asked before the window closes: true when it may close (saved, discarded, or nothing to lose). */
    public boolean requestClose() {
        if (!mayDiscardChanges()) {
            return false;
        }
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
        }
        recovery.discard();
        return true;
    }

    private boolean mayDiscardChanges() {
        if (!document.isDirty()) {
            return true;
        }
        String name = document.file() == null ? "the untitled tree" : document.file().getFileName().toString();
        SaveChoice choice = dialogs.askToSave(name);
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    // ---- recovery ----

    /** At start: a recovery copy means the last session crashed; offers to open it. Returns whether it was opened. */
    public boolean offerRecovery() {
        Optional<RecoveryStore.Recovery> found = recovery.find();
        if (found.isEmpty()) {
            return false;
        }
        RecoveryStore.Recovery copy = found.get();
        String of = copy.source() == null ? "an untitled tree" : copy.source().getFileName().toString();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(copy.savedAt());
        if (dialogs.confirm("Recover unsaved work?", "KSC Workbench did not close cleanly. Unsaved changes to " + of
                + " were kept at " + when + ". Open the recovered version?")) {
            document.loadRecovered(copy.tree(), copy.source());
            hideStartPage();
            banner.set(Banner.info("Recovered unsaved work", "Save it to keep it (" + of + ")."));
            return true;
        }
        recovery.discard();
        return false;
    }

    private synchronized void scheduleAutosave() {
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
        }
        if (!document.isDirty()) {
            return;
        }
        AttackTree tree = document.tree();
        Path source = document.file();
        pendingAutosave = timer.schedule(() -> autosave(tree, source), AUTOSAVE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Writes the recovery copy now (the timer calls it; tests call it directly). */
    public void autosave(AttackTree tree, Path source) {
        try {
            recovery.write(tree, source);
        } catch (IOException | RuntimeException e) {
            fxThread.execute(() -> banner.set(Banner.warning("Autosave failed", describe(e))));
        }
    }

    // ---- helpers ----

    private String baseName() {
        Path file = document.file();
        if (file == null) {
            return document.tree().id();
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path withExtension(Path target, FileKind kind) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(kind.extension()) ? target
                : target.resolveSibling(name + kind.extension());
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public void dismissBanner() {
        banner.set(null);
    }

    public void showBanner(Banner value) {
        banner.set(value);
    }

    public TreeDocument document() {
        return document;
    }

    public RecentFiles recent() {
        return recent;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startPageShownProperty() {
        return startPageShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The layout of a tree as the canvas shows it (collapsed subtrees hidden). */
    @FunctionalInterface
    public interface TreeLayoutSource {
        TreeLayout layout(AttackTree tree);

        static TreeLayoutSource full() {
            return tree -> TreeLayout.of(tree, Set.of(), LayoutOptions.DEFAULT);
        }
    }
}
