package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.heat.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --window} as the user writes it: {@code all}, a length back from now ({@code 90s 30m
 * 24h 7d}), or {@code FROM..TO} in ISO-8601 instants (either end may be left out).
 */
final class WindowText {

    private static final Pattern LENGTH = Pattern.compile("(\\d+)([smhd])");

    private WindowText() {
    }

    /** @throws IllegalArgumentException with what to write instead */
    static TimeWindow parse(String text, Instant now) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("all")) {
            return TimeWindow.ALL;
        }
        int dots = value.indexOf("..");
        if (dots >= 0) {
            return new TimeWindow(instant(text.strip().substring(0, dots)), instant(text.strip().substring(dots + 2)));
        }
        return TimeWindow.last(length(value, text), now);
    }

    /** A length such as 30m; used for the inactivity gap and the learning window too. */
    static Duration length(String value, String asWritten) {
        Matcher m = LENGTH.matcher(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + asWritten + "' is not a length or window: give 90s, 30m, 24h, 7d, "
                    + "all, or FROM..TO as ISO-8601 instants");
        }
        long amount = Long.parseLong(m.group(1));
        Duration length = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (length.isZero()) {
            throw new IllegalArgumentException("'" + asWritten + "' is no length: give more than zero");
        }
        return length;
    }

    private static Instant instant(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 instant such as 2026-03-20T10:00:00Z");
        }
    }
}
