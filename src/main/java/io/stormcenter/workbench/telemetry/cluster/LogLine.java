package io.stormcenter.workbench.telemetry.cluster;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One line of a container log fetched with {@code timestamps=true}: the kubelet's RFC 3339
 * timestamp, a space, then what the container printed.
 *
 * @param time the kubelet's timestamp, or null when the line has none
 */
record LogLine(Instant time, String text) {

    static LogLine parse(String line) {
        int space = line.indexOf(' ');
        if (space > 0 && space < 40) {
            try {
                return new LogLine(Instant.parse(line.substring(0, space)), line.substring(space + 1));
            } catch (DateTimeParseException e) {
                // not a timestamp: the whole line is the text
            }
        }
        return new LogLine(null, line);
    }
}
