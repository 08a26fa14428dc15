package io.stormcenter.workbench.sensor;

import java.util.List;
import java.util.Map;

/** The identity in an audit event ({@code user} or {@code impersonatedUser}). */
public record AuditUser(String username, String uid, List<String> groups, Map<String, List<String>> extra) {

    public AuditUser {
        username = username == null ? "" : username;
        groups = List.copyOf(groups == null ? List.of() : groups);
        extra = Map.copyOf(extra == null ? Map.of() : extra);
    }
}
