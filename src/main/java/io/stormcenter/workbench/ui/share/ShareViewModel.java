package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.ShareOptions;
import io.stormcenter.workbench.stix.SightingsShare;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.heat.WindowChoice;
import io.stormcenter.workbench.ui.report.ReportWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Share observations dialog's state. Every change of window, sender or address mode makes the
 * bundle again, off the FX thread; the preview is that bundle's text, and Save writes those very
 * bytes, so what the user read is what leaves the machine. The anonymising key is drawn for each
 * bundle and never kept.
 */
public final class ShareViewModel {

    /** The report's window nearest to the heat panel's (an hour shares its day; live and custom share all). */
    public static ReportWindow windowLike(WindowChoice heatWindow) {
        return switch (heatWindow) {
            case HOUR, DAY -> ReportWindow.DAY;
            case WEEK -> ReportWindow.WEEK;
            case LIVE, ALL, CUSTOM -> ReportWindow.ALL;
        };
    }

    /** The inactivity gaps the dialog offers; 30 minutes is the command's default too. */
    public enum Gap {
        FIVE_MINUTES("5 minutes", Duration.ofMinutes(5)),
        FIFTEEN_MINUTES("15 minutes", Duration.ofMinutes(15)),
        HALF_AN_HOUR("30 minutes", SessionRules.DEFAULT_GAP),
        HOUR("1 hour", Duration.ofHours(1)),
        TWO_HOURS("2 hours", Duration.ofHours(2));

        private final String label;
        private final Duration length;

        Gap(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        public Duration length() {
            return length;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Supplier<AttackTree> tree;
    private final SessionSource sessions;
    private final Clock clock;
    private final TaskLane work;
    private final ObjectProperty<ReportWindow> window = new SimpleObjectProperty<>(this, "window", ReportWindow.ALL);
    private final BooleanProperty fromStore = new SimpleBooleanProperty(this, "fromStore", true);
    private final StringProperty store = new SimpleStringProperty(this, "store", "");
    private final ObjectProperty<Gap> gap = new SimpleObjectProperty<>(this, "gap", Gap.HALF_AN_HOUR);
    private final StringProperty sender = new SimpleStringProperty(this, "sender", "");
    private final BooleanProperty hashAddresses = new SimpleBooleanProperty(this, "hashAddresses", false);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Preparing…");
    private final ReadOnlyBooleanWrapper shareable = new ReadOnlyBooleanWrapper(this, "shareable", false);
    private SightingsShare current;

    public ShareViewModel(Supplier<AttackTree> tree, SessionSource sessions, Clock clock, Executor io, Executor fx) {
        this.tree = tree;
        this.sessions = sessions;
        this.clock = clock;
        this.work = TaskLane.immediate(io, fx);
        window.addListener((obs, old, now) -> refresh());
        fromStore.addListener((obs, old, now) -> refresh());
        store.addListener((obs, old, now) -> refresh());
        gap.addListener((obs, old, now) -> refresh());
        sender.addListener((obs, old, now) -> refresh());
        hashAddresses.addListener((obs, old, now) -> refresh());
    }

    /** Makes the bundle for the current choices; the preview and summary follow when it is ready. */
    public void refresh() {
        AttackTree model = tree.get();
        ShareScope scope = scope();
        ShareOptions options = new ShareOptions(sender.get(), hashAddresses.get(), List.of(), List.of());
        shareable.set(false);
        summary.set("Preparing…");
        work.submit(context -> new Prepared(sessions.describe(scope), SightingsShare.of(model,
                sessions.sessions(model, scope), sessions.deployed(model).into(options), clock.instant())),
                this::show, failure -> {
                    current = null;
                    preview.set("");
                    summary.set("Cannot read the observations: " + failure.getMessage());
                });
    }

    /** The store read when none is named, in words (the prompt of the store field). */
    public String defaultStore() {
        try {
            return sessions.describe(new ShareScope(true, "", window.get(), gap.get().length()));
        } catch (RuntimeException untitled) {
            return "save the model, or name a store";
        }
    }

    /** What the choices select, as the share command's --store, --window and --gap would. */
    public ShareScope scope() {
        return new ShareScope(fromStore.get(), store.get(), window.get(), gap.get().length());
    }

    private record Prepared(String source, SightingsShare share) {
    }

    private void show(Prepared prepared) {
        SightingsShare share = prepared.share();
        current = share;
        preview.set(share.json());
        shareable.set(share.sightings() > 0);
        summary.set(share.sightings() == 0 ? "No attacker session reached the tree in " + window.get().label() + " of "
                + prepared.source() + ": there is nothing to share."
                : "From " + prepared.source() + ", " + window.get().label() + ": " + plural(share.sessions(), "session") + ", " + plural(share.sightings(), "sighting") + ", "
                + plural(share.observations(), "observation") + ". Addresses "
                + (hashAddresses.get() ? "replaced by keyed pseudo-addresses"
                        : "inside the cluster replaced by keyed pseudo-addresses, public ones cut to their /24")
                + "; cluster, node, namespace, pod and user names replaced; tokens and credentials cut out;"
                + " nothing from the raw events. Below is every byte that will be written.");
    }

    /** Writes exactly the bundle shown. */
    public void save(Path file) throws IOException {
        if (current == null) {
            throw new IllegalStateException("nothing prepared to share yet");
        }
        AtomicFileWrite.replaceWithoutBackup(file, current.bytes());
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public ObjectProperty<ReportWindow> windowProperty() {
        return window;
    }

    /** Read a store (true) or the observations the heat panel shows (false). */
    public BooleanProperty fromStoreProperty() {
        return fromStore;
    }

    /** The store to read: a SQLite file or a JDBC URL; blank for the one beside the model. */
    public StringProperty storeProperty() {
        return store;
    }

    public ObjectProperty<Gap> gapProperty() {
        return gap;
    }

    public StringProperty senderProperty() {
        return sender;
    }

    public BooleanProperty hashAddressesProperty() {
        return hashAddresses;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shareableProperty() {
        return shareable.getReadOnlyProperty();
    }
}
