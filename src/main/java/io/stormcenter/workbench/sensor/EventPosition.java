package io.stormcenter.workbench.sensor;

/**
 * Where an event sits in a file or stream, so a problem can be found again: the line and column
 * where its JSON value starts, its number among the values read, and, for an event inside a list
 * ({@code EventList}, an array), its place in that list.
 *
 * @param value the 1-based number of the top-level JSON value (a line of a JSON-lines file, an array element)
 * @param item  the place inside that value, such as {@code items[3]}; empty for the value itself
 */
public record EventPosition(long line, long column, long value, String item) {

    public EventPosition {
        item = item == null ? "" : item;
    }

    EventPosition inside(String path) {
        return new EventPosition(line, column, value, path);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column + (item.isEmpty() ? "" : ", " + item);
    }
}
