package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.telemetry.ObservationListener;
import io.stormcenter.workbench.ui.controls.PanelTab;
import io.stormcenter.workbench.ui.heat.HeatViewModel;
import io.stormcenter.workbench.ui.heat.WindowChoice;
import io.stormcenter.workbench.ui.live.LiveView;
import io.stormcenter.workbench.ui.live.LiveViewModel;
import io.stormcenter.workbench.ui.live.ModelCollection;
import io.stormcenter.workbench.ui.live.RunningCollection;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.WindowEvent;

/**
 * Puts the Live panel into the window: collection for the open model's deployment, on a lane of the
 * window's, its feed gathered on a thread of the window's; closing the window stops the collection.
 */
public final class LivePanel {

    /** How often the window hears of new observations: four times a second, whatever the rate. */
    private static final long PULSE_MILLIS = 250;

    private LivePanel() {
    }

    /** Adds the Live tab and its status-bar item, collecting as {@code collect} does. */
    public static LiveViewModel install(WorkbenchWindow window) {
        return install(window, ModelCollection::start);
    }

    /** The same with another way to start a collection (tests feed the panel without a cluster). */
    public static LiveViewModel install(WorkbenchWindow window, RunningCollection.Starter starter) {
        // what the collection stores goes to the heat panel too, which first shows what the store already
        // holds (read off the FX thread) and then correlates each arrival as it comes
        RunningCollection.Starter feedingHeat = (request, observations, statuses) -> {
            RunningCollection started = starter.start(request,
                    ObservationListener.both(observations, window.heat()::arrived), statuses);
            window.heat().collecting(started.store());
            return started;
        };
        LiveViewModel model = new LiveViewModel(feedingHeat, window.background().lane("live",
                Duration.ZERO), window.background().thread("live-feed"), Platform::runLater, PULSE_MILLIS);
        Tab tab = PanelTab.of("tab-live", "Live", "mdi2p-pulse",
                "Collect the sensors' events for the deployment: sources, rates, the latest observations",
                new LiveView(model, window.document()::tree, window.document()::file));
        window.addRightTab(tab);
        // a collection that starts shows its heat as it grows: in the window the user chose when it follows what
        // arrives (live, all, and 1 h, 24 h, 7 d, which now end at the clock), else live; the scrubber goes to the end
        model.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                HeatViewModel heat = window.heat();
                if (heat.choiceProperty().get() == WindowChoice.CUSTOM) {
                    heat.choiceProperty().set(WindowChoice.LIVE);
                }
                heat.scrubProperty().set(1.0);
            } else if (!window.background().isClosed()) {
                // what it collected is now a capture: its windows stay put (a closing window stops it too, with no
                // lane left to correlate on)
                window.heat().collectionStopped();
            }
        });
        Label state = new Label();
        state.setId("status-live");
        state.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.runningProperty().get() ? "collecting " + model.rateProperty().get() : "",
                model.runningProperty(), model.rateProperty()));
        window.statusBar().addItem(state);
        window.scene().windowProperty().addListener((obs, old, stage) -> {
            if (stage != null) {
                stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> model.close());
            }
        });
        if (window.scene().getWindow() != null) {
            window.scene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> model.close());
        }
        return model;
    }
}
