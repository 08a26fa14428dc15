package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.ui.report.ReportWindow;
import java.time.Duration;

/**
 * Which sessions the dialog shares, as {@code share --store S --window W --gap G} would choose them.
 *
 * @param fromStore whether to read a store ({@code store}) rather than the observations the heat panel shows
 * @param store     a SQLite file or a JDBC URL; blank for the store beside the model
 * @param window    which observations, by event time, ending at the newest one (the report dialog's choices)
 * @param gap       how long an attacker may pause within one session
 */
public record ShareScope(boolean fromStore, String store, ReportWindow window, Duration gap) {

    public ShareScope {
        store = store == null ? "" : store.strip();
    }
}
