package io.stormcenter.workbench.heat;

import java.time.Instant;
import java.util.Objects;

/**
 * One reason a session holds together: the observation {@code to} joined the session that
 * {@code from} was in, because both share {@code value} of {@code kind}.
 *
 * @param from dedup key of the earlier observation
 * @param to   dedup key of the observation that joined
 * @param at   when the joining observation happened
 */
public record SessionLink(LinkKind kind, String value, String from, String to, Instant at) {

    public SessionLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }

    /** "joined by source IP 203.0.113.7". */
    public String explanation() {
        return "joined " + kind.explain(value);
    }
}
