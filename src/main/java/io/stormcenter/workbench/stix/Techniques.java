package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Technique tags as STIX external references and back: MITRE ATT&CK ids with their URL, the
 * Microsoft Threat Matrix for Kubernetes, KubeHound attack ids, and any other tag under the
 * workbench's own source name, so that every tag survives a round trip in its order.
 */
final class Techniques {

    static final String MITRE = "mitre-attack";
    static final String MICROSOFT = "microsoft-threat-matrix-kubernetes";
    static final String KUBEHOUND = "kubehound";
    static final String WORKBENCH = "ksc-workbench";

    private static final Pattern ATTACK = Pattern.compile("T\\d{4}(\\.\\d{3})?");
    private static final Pattern MS_MATRIX = Pattern.compile("MS-(TA|M)\\d{4}");
    private static final Pattern KUBEHOUND_ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    private Techniques() {
    }

    static void write(List<String> tags, ObjectNode object) {
        if (tags.isEmpty()) {
            return;
        }
        ArrayNode refs = object.putArray("external_references");
        for (String tag : tags) {
            ObjectNode ref = refs.addObject();
            if (ATTACK.matcher(tag).matches()) {
                ref.put("source_name", MITRE);
                ref.put("url", "https://attack.mitre.org/techniques/" + tag.replace('.', '/') + "/");
            } else if (MS_MATRIX.matcher(tag).matches()) {
                ref.put("source_name", MICROSOFT);
            } else if (KUBEHOUND_ID.matcher(tag).matches()) {
                ref.put("source_name", KUBEHOUND);
            } else {
                ref.put("source_name", WORKBENCH);
            }
            ref.put("external_id", tag);
        }
    }

    /** The tags in an object's external references; references that are not techniques (CAPEC, reports) are left out. */
    static List<String> read(JsonNode object) {
        List<String> tags = new ArrayList<>();
        for (JsonNode ref : object.path("external_references")) {
            String id = ref.path("external_id").asText("").trim();
            String source = ref.path("source_name").asText("").toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            boolean attack = (source.contains("mitre") || source.contains("att&ck")) && ATTACK.matcher(id).matches();
            boolean ours = source.equals(MICROSOFT) || source.equals(KUBEHOUND) || source.equals(WORKBENCH);
            if ((attack || ours || MS_MATRIX.matcher(id).matches()) && !tags.contains(id)) {
                tags.add(id);
            }
        }
        return tags;
    }
}
