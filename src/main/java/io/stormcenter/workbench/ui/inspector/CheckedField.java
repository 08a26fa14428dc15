package io.stormcenter.workbench.ui.inspector;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text field's state in a view model: the text as typed, and the reason it is not a valid
 * value (empty when it is). The parser turns text into a value or throws with the reason.
 *
 * @param <T> the value type (null stands for "not set")
 */
public final class CheckedField<T> {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    public CheckedField(Function<String, T> parser, Function<T, String> formatter) {
        this.parser = parser;
        this.formatter = formatter;
    }

    /** Parses the current text; sets the error and returns false when it is not valid. */
    boolean check() {
        try {
            parser.apply(text.get());
            error.set("");
            return true;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    T value() {
        return parser.apply(text.get());
    }

    /** Shows a value from the tree, unless the text already means that value (keeps "0.50" as typed). */
    void show(T value, boolean force) {
        if (!force) {
            try {
                if (Objects.equals(parser.apply(text.get()), value)) {
                    return;
                }
            } catch (IllegalArgumentException e) {
                // the text is invalid: the tree's value replaces it only on a forced refresh
                return;
            }
        }
        text.set(value == null ? "" : formatter.apply(value));
        error.set("");
    }

    /** Marks the field with a reason that no parser gives (e.g. a duplicate tag). */
    void setErrorDirect(String reason) {
        error.set(reason);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }
}
