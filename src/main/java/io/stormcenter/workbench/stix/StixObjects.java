package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The common properties every domain or relationship object the workbench writes starts with. */
final class StixObjects {

    private StixObjects() {
    }

    /** Appends an object with type, spec_version, id, created and modified (both {@code timestamp}). */
    static ObjectNode add(ArrayNode objects, String type, String id, String timestamp) {
        ObjectNode object = objects.addObject();
        object.put("type", type);
        object.put("spec_version", "2.1");
        object.put("id", id);
        object.put("created", timestamp);
        object.put("modified", timestamp);
        return object;
    }
}
