package io.stormcenter.workbench.ui.heat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * An instant picked as a day from a calendar and a time of day (a spinner in quarter hours, or
 * typed as HH:mm), in UTC like every time the sensors and the CLI write. Empty until a day is
 * picked; the value follows every change, no Enter needed.
 */
final class UtcInstantPicker extends HBox {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final int STEP_MINUTES = 15;

    private final DatePicker day = new DatePicker();
    private final Spinner<LocalTime> time = new Spinner<>();
    private final ObjectProperty<Instant> value = new SimpleObjectProperty<>(this, "value");
    private boolean showing;

    UtcInstantPicker(String id, String what) {
        super(4);
        setId(id);
        day.setId(id + "-day");
        day.setPromptText("day");
        day.setPrefWidth(118);
        day.setTooltip(new Tooltip(what + ": the day (UTC)"));
        time.setId(id + "-time");
        time.setValueFactory(new TimeOfDay());
        time.setEditable(true);
        time.setPrefWidth(82);
        time.setTooltip(new Tooltip(what + ": the time of day, UTC (arrows step a quarter hour, or type HH:mm)"));
        HBox.setHgrow(day, Priority.ALWAYS);
        getChildren().addAll(day, time);
        day.valueProperty().addListener((obs, old, v) -> picked());
        time.valueProperty().addListener((obs, old, v) -> picked());
    }

    /** The instant picked, or null while no day is; setting it shows it (to the minute). */
    ObjectProperty<Instant> valueProperty() {
        return value;
    }

    /**
     * Shows an instant (to the minute) and makes it the value at once, not a day first and a time after
     * (prefilled from the observations): what the pickers show is the window the heat is for.
     */
    void show(Instant instant) {
        showing = true;
        try {
            if (instant == null) {
                day.setValue(null);
            } else {
                var at = instant.atOffset(ZoneOffset.UTC);
                day.setValue(at.toLocalDate());
                time.getValueFactory().setValue(at.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
            }
        } finally {
            showing = false;
        }
        picked();
    }

    LocalDate day() {
        return day.getValue();
    }

    private void picked() {
        if (showing) {
            return;
        }
        LocalDate date = day.getValue();
        LocalTime at = time.getValue() == null ? LocalTime.MIDNIGHT : time.getValue();
        value.set(date == null ? null : date.atTime(at).toInstant(ZoneOffset.UTC));
    }

    /** Quarter hours around the clock; typed text that is no HH:mm keeps the time shown. */
    private static final class TimeOfDay extends SpinnerValueFactory<LocalTime> {

        TimeOfDay() {
            setValue(LocalTime.MIDNIGHT);
            setWrapAround(true);
            setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalTime t) {
                    return t == null ? "" : HH_MM.format(t);
                }

                @Override
                public LocalTime fromString(String text) {
                    try {
                        return LocalTime.parse(text.strip(), HH_MM);
                    } catch (DateTimeParseException e) {
                        return getValue();
                    }
                }
            });
        }

        @Override
        public void decrement(int steps) {
            setValue(getValue().minusMinutes((long) STEP_MINUTES * steps));
        }

        @Override
        public void increment(int steps) {
            setValue(getValue().plusMinutes((long) STEP_MINUTES * steps));
        }
    }
}
