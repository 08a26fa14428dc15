package io.stormcenter.workbench.ui.deploy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Notes every touch of FX state that happens off the FX thread: reads of watched inputs (a view
 * model's property bound to one of these reads through to it on every {@code get()}, so each read
 * is seen) and changes of outputs. A worker that read the chosen context itself, or set a result
 * property, leaves a line here naming what and on which thread.
 */
final class OffFxThreadAccess {

    private final BooleanSupplier onFxThread;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    OffFxThreadAccess(BooleanSupplier onFxThread) {
        this.onFxThread = onFxThread;
    }

    <T> ObjectProperty<T> watchedObject(String name, T value) {
        return new SimpleObjectProperty<>(value) {
            @Override
            public T get() {
                note("read of " + name);
                return super.get();
            }
        };
    }

    StringProperty watchedString(String name, String value) {
        return new SimpleStringProperty(value) {
            @Override
            public String get() {
                note("read of " + name);
                return super.get();
            }
        };
    }

    BooleanProperty watchedBoolean(String name, boolean value) {
        return new SimpleBooleanProperty(value) {
            @Override
            public boolean get() {
                note("read of " + name);
                return super.get();
            }
        };
    }

    /** Every change of {@code output}, however many in a row (a change listener, not an invalidation one). */
    void watchChanges(String name, ObservableValue<?> output) {
        output.addListener((obs, old, value) -> note("change of " + name));
    }

    void watchChanges(String name, ObservableList<?> output) {
        output.addListener((ListChangeListener<Object>) change -> note("change of " + name));
    }

    private void note(String what) {
        if (!onFxThread.getAsBoolean()) {
            violations.add(what + " on thread " + Thread.currentThread().getName());
        }
    }

    List<String> violations() {
        return List.copyOf(violations);
    }
}
