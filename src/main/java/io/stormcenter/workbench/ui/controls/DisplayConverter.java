package io.stormcenter.workbench.ui.controls;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values of a non-editable choice control by a name; nothing is ever parsed back. */
public final class DisplayConverter<T> extends StringConverter<T> {

    private final Function<T, String> show;

    private DisplayConverter(Function<T, String> show) {
        this.show = show;
    }

    public static <T> DisplayConverter<T> showing(Function<T, String> show) {
        return new DisplayConverter<>(show);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : show.apply(value);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("not editable");
    }
}
