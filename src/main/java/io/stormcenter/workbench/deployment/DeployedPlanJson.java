package io.stormcenter.workbench.deployment;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.NativeFormat;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as deployed inside the record file: the tree in the native format, the compile
 * options, and {@code plan.json} as an object (so the record stays one readable JSON document).
 */
final class DeployedPlanJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployedPlanJson() {
    }

    static ObjectNode toJson(DeployedPlan plan) {
        ObjectNode node = JSON.createObjectNode();
        try {
            node.set("model", JSON.readTree(NativeFormat.toJson(plan.tree())));
            node.set("planJson", JSON.readTree(plan.planJson()));
        } catch (JacksonException e) {
            throw new IllegalStateException("the workbench's own JSON always parses", e);
        }
        CompileOptions options = plan.options();
        ObjectNode compile = node.putObject("options");
        compile.put("namespace", options.namespace());
        compile.put("seed", options.seed());
        strings(compile.putArray("workbenchIdentities"), options.workbenchIdentities());
        compile.put("excludePlatform", options.excludePlatform());
        strings(compile.putArray("apiServerCidrs"), options.apiServerCidrs());
        return node;
    }

    /** @throws IllegalArgumentException when a part is missing or the model does not read */
    static DeployedPlan fromJson(JsonNode node) {
        JsonNode compile = node.get("options");
        if (compile == null || !node.has("model") || !node.has("planJson")) {
            throw new IllegalArgumentException("the deployed plan lacks its model, options or plan.json");
        }
        CompileOptions options = new CompileOptions(compile.hasNonNull("namespace") ? compile.get("namespace").asText()
                : null, compile.get("seed").asLong(), strings(compile.path("workbenchIdentities")),
                compile.path("excludePlatform").asBoolean(true), strings(compile.path("apiServerCidrs")));
        try {
            return new DeployedPlan(NativeFormat.fromJson(node.get("model").toString(), "the deployed model").tree(),
                    options, node.get("planJson").toString());
        } catch (ModelFormatException e) {
            throw new IllegalArgumentException("the deployed model does not read: " + e.getMessage(), e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
