package io.stormcenter.workbench.honeycluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of Kubernetes' OpenAPI v3 structural schemas that CRDs like Tetragon's use: type,
 * properties (unknown fields are errors, as with kubectl's strict field validation, unless
 * {@code x-kubernetes-preserve-unknown-fields} or {@code additionalProperties}), required, enum,
 * items, minimum/maximum, min/maxLength, pattern, min/maxItems, int32/int64 formats and
 * {@code x-kubernetes-int-or-string}. CEL rules ({@code x-kubernetes-validations}) are not evaluated.
 */
final class OpenApiSchemaValidator {

    private OpenApiSchemaValidator() {
    }

    static List<String> validate(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "", errors);
        return errors;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (schema == null || value == null) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                errors.add(path + ": null is not allowed");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                errors.add(path + ": expected an integer or a string");
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> object(value, schema, path, errors);
            case "array" -> array(value, schema, path, errors);
            case "string" -> {
                if (!value.isTextual()) {
                    errors.add(path + ": expected a string");
                    return;
                }
                String text = value.asText();
                if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
                    errors.add(path + ": longer than " + schema.get("maxLength").asInt());
                }
                if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
                    errors.add(path + ": shorter than " + schema.get("minLength").asInt());
                }
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                    errors.add(path + ": does not match " + schema.get("pattern").asText());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    errors.add(path + ": expected an integer");
                    return;
                }
                if ("int32".equals(schema.path("format").asText()) && !value.canConvertToInt()) {
                    errors.add(path + ": outside int32");
                }
                number(value, schema, path, errors);
            }
            case "number" -> {
                if (!value.isNumber()) {
                    errors.add(path + ": expected a number");
                    return;
                }
                number(value, schema, path, errors);
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    errors.add(path + ": expected a boolean");
                }
            }
            default -> {
                // no type: anything goes
            }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private static void number(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            errors.add(path + ": below " + schema.get("minimum").asText());
        }
        if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
            errors.add(path + ": above " + schema.get("maximum").asText());
        }
    }

    private static void object(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (!value.isObject()) {
            errors.add(path + ": expected an object");
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + ": missing required '" + required.asText() + "'");
            }
        }
        JsonNode properties = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String child = path + "." + name;
            if (properties != null && properties.has(name)) {
                check(value.get(name), properties.get(name), child, errors);
            } else if (additional != null && additional.isObject()) {
                check(value.get(name), additional, child, errors);
            } else if (properties != null && !preserve && !(additional != null && additional.asBoolean(false))) {
                errors.add(child + ": unknown field");
            }
        }
    }

    private static void array(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (!value.isArray()) {
            errors.add(path + ": expected an array");
            return;
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            errors.add(path + ": more than " + schema.get("maxItems").asInt() + " items");
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            errors.add(path + ": fewer than " + schema.get("minItems").asInt() + " items");
        }
        for (int i = 0; i < value.size(); i++) {
            check(value.get(i), schema.get("items"), path + "[" + i + "]", errors);
        }
    }
}
