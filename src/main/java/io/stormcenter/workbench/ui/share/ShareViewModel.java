package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.ShareOptions;
import io.stormcenter.workbench.stix.SightingsShare;
import io.stormcenter.workbench.ui.background.TaskLane;
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

    /** The windows the dialog offers, by label. */
    public enum Window {
        DAY("last 24 hours", Duration.ofHours(24)),
        WEEK("last 7 days", Duration.ofDays(7)),
        MONTH("last 30 days", Duration.ofDays(30)),
        ALL("everything recorded", null);

        private final String label;
        private final Duration length;

        Window(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        TimeWindow at(Clock clock) {
            return length == null ? TimeWindow.ALL : TimeWindow.last(length, clock.instant());
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
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>(this, "window", Window.MONTH);
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
        sender.addListener((obs, old, now) -> refresh());
        hashAddresses.addListener((obs, old, now) -> refresh());
    }

    /** Makes the bundle for the current choices; the preview and summary follow when it is ready. */
    public void refresh() {
        AttackTree model = tree.get();
        Window span = window.get();
        ShareOptions options = new ShareOptions(sender.get(), hashAddresses.get(), List.of(), List.of());
        shareable.set(false);
        summary.set("Preparing…");
        work.submit(context -> SightingsShare.of(model, sessions.sessions(model, span.at(clock)),
                sessions.deployed(model).into(options), clock.instant()), this::show, failure -> {
                    current = null;
                    preview.set("");
                    summary.set("Cannot read the observations: " + failure.getMessage());
                });
    }

    private void show(SightingsShare share) {
        current = share;
        preview.set(share.json());
        shareable.set(share.sightings() > 0);
        summary.set(share.sightings() == 0 ? "No attacker session reached the tree in " + window.get()
                + ": there is nothing to share."
                : plural(share.sessions(), "session") + ", " + plural(share.sightings(), "sighting") + ", "
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

    public ObjectProperty<Window> windowProperty() {
        return window;
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
