package io.stormcenter.workbench.deployment;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** What differs between two {@code plan.json} texts, by trip-wire and top-level field, in words. */
final class PlanDifferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanDifferences() {
    }

    static List<String> between(String deployed, String now) {
        JsonNode before;
        JsonNode after;
        try {
            before = JSON.readTree(deployed);
            after = JSON.readTree(now);
        } catch (JacksonException e) {
            return List.of("the deployed plan.json cannot be read: " + e.getOriginalMessage());
        }
        List<String> lines = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (field.equals("tripwires") || before.path(field).equals(after.path(field))) {
                continue;
            }
            lines.add(field + " differs from the deployed plan");
        }
        JsonNode was = before.path("tripwires");
        JsonNode is = after.path("tripwires");
        TreeSet<String> ids = new TreeSet<>();
        was.fieldNames().forEachRemaining(ids::add);
        is.fieldNames().forEachRemaining(ids::add);
        for (String id : ids) {
            if (!was.has(id)) {
                lines.add("trip-wire " + id + " was not deployed");
            } else if (!is.has(id)) {
                lines.add("trip-wire " + id + " was deployed but is no longer made");
            } else if (!was.get(id).equals(is.get(id))) {
                lines.add("trip-wire " + id + " matches differently: " + changedFields(was.get(id), is.get(id)));
            }
        }
        return lines;
    }

    private static String changedFields(JsonNode was, JsonNode is) {
        TreeSet<String> changed = new TreeSet<>();
        for (Iterator<String> it = was.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!was.get(field).equals(is.path(field))) {
                changed.add(field);
            }
        }
        is.fieldNames().forEachRemaining(f -> {
            if (!was.has(f)) {
                changed.add(f);
            }
        });
        return String.join(", ", changed);
    }
}
