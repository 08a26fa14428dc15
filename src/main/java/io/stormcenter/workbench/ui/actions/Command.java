package io.stormcenter.workbench.ui.actions;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What an action does in this window: a plain command, one that is disabled while a condition
 * holds, an on/off setting (a check item, a toggle button), or one choice of several (a radio
 * item such as the selected node's gate).
 *
 * @param run      what happens when the action fires (for a setting: flip it)
 * @param disabled when the action cannot run, or null (always enabled)
 * @param setting  the on/off value a check item and toggle button show and flip, or null
 * @param chosen   whether this choice is the current one (radio items), or null
 */
public record Command(Runnable run, ObservableBooleanValue disabled, BooleanProperty setting,
                      ObservableBooleanValue chosen) {

    public Command {
        Objects.requireNonNull(run, "run");
    }

    public static Command of(Runnable run) {
        return new Command(run, null, null, null);
    }

    public static Command setting(BooleanProperty setting) {
        return new Command(() -> setting.set(!setting.get()), null, setting, null);
    }

    public static Command choice(Runnable choose, ObservableBooleanValue chosen) {
        return new Command(choose, null, null, chosen);
    }

    public Command disabledWhen(ObservableBooleanValue condition) {
        return new Command(run, condition, setting, chosen);
    }

    public boolean isDisabled() {
        return disabled != null && disabled.get();
    }
}
