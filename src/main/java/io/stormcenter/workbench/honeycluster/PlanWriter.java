package io.stormcenter.workbench.honeycluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a plan as a folder: one YAML file per object (numbered in deploy order), a
 * {@code kustomization.yaml}, the operator's files, {@code plan.json} and a README. The folder is
 * written next to the target and moved into place, so the target either holds a whole plan or
 * nothing. Byte-identical for an equal plan.
 */
public final class PlanWriter {

    public static final String PLAN_JSON = "plan.json";
    public static final String KUSTOMIZATION = "kustomization.yaml";
    public static final String PLAN_FORMAT = "ksc-honeycluster-plan";
    /** 2: match semantics stated, deployment label and workloads' trip-wires, no trip-wire labels on objects. */
    public static final int PLAN_VERSION = 2;

    /** How a matcher reads: stated in the file so that a reader of another version knows what was meant. */
    static final Map<String, String> MATCH_SEMANTICS = Map.of(
            "absentField", "a field a matcher does not set matches any value",
            "globs", "'*' in a name matches any run of characters",
            "auditStages", "each request counts once: at ResponseComplete, or at ResponseStarted for exec, attach and"
                    + " portforward (streams never complete); other stages are ignored",
            "deniedAttempts", "a request the API server refused (401 or 403) still counts as an attempt, marked denied",
            "excludedIdentities", "events by these identities (globs, the authenticated user) are kept but never"
                    + " counted as an attacker's",
            "workloadTripwires", "a sensor event from a pod with label key=value concerns the listed trip-wires");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** The files of a plan by name, in the order they are listed. */
    public Map<String, String> render(HoneyclusterPlan plan) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> resources = new ArrayList<>();
        List<HasMetadata> objects = plan.objects();
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata object = objects.get(i);
            String name = String.format(Locale.ROOT, "%02d-%s-%s.yaml", i, object.getKind().toLowerCase(Locale.ROOT),
                    object.getMetadata().getName());
            files.put(name, yaml(object));
            resources.add(name);
        }
        StringBuilder kustomization = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
                .append("resources:\n");
        resources.forEach(r -> kustomization.append("- ").append(r).append('\n'));
        files.put(KUSTOMIZATION, kustomization.toString());
        files.putAll(plan.files());
        String falcoFile = plan.files().keySet().stream().filter(f -> f.endsWith("-rules.yaml")).findFirst().orElse(null);
        files.put(PLAN_JSON, planJson(plan));
        files.put(OperatorFiles.README, OperatorFiles.readme(plan, falcoFile, plan.falcoUpstreamRules()));
        return files;
    }

    /** One object as YAML, the way the files hold it. */
    public static String yaml(HasMetadata object) {
        String text = SERIALIZATION.asYaml(object);
        return text.startsWith("---\n") ? text.substring(4) : text;
    }

    /**
     * Writes into {@code target}, which must not exist or be an empty folder. On any failure
     * nothing is left at {@code target}.
     */
    public void write(HoneyclusterPlan plan, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new FileAlreadyExistsException(absolute.toString(), null, "exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(absolute)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(absolute + " (the plan goes into a new or empty folder)");
                }
            }
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Map<String, String> files = render(plan);
        Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(temp.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            Files.deleteIfExists(absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * {@code plan.json}: the contract between the plan and whatever matches events against it
     * (the workbench, or anyone reading the file), with its format version and match semantics.
     */
    public static String planJson(HoneyclusterPlan plan) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", PLAN_FORMAT);
        root.put("version", PLAN_VERSION);
        root.put("matchSemantics", MATCH_SEMANTICS);
        root.put("deploymentLabel", Map.of("key", plan.label().key(), "value", plan.label().value()));
        root.put("workloadTripwires", plan.workloadTripwires());
        root.put("modelId", plan.modelId());
        root.put("deploymentId", plan.deploymentId());
        root.put("namespace", plan.namespace());
        root.put("seed", plan.seed());
        root.put("excludedIdentities", plan.excludedIdentities());
        root.put("falcoUpstreamRules", plan.falcoUpstreamRules());
        root.put("exposures", plan.exposures().stream().map(e -> Map.of("tripwire", e.tripwireId(), "service",
                e.service(), "type", e.type().serviceType(), "port", e.port())).toList());
        root.put("plantedTokens", plan.plantedTokens().stream().map(t -> Map.of("tripwire", t.tripwireId(),
                "serviceAccount", t.serviceAccount(), "tokenSecret", t.tokenSecret(), "configMap", t.configMap(),
                "key", t.key())).toList());
        Map<String, Object> tripwires = new TreeMap<>();
        for (TripwireEntry entry : plan.index().entries()) {
            Map<String, Object> value = new TreeMap<>();
            value.put("node", entry.nodeId());
            value.put("kind", entry.kind().key());
            value.put("matcher", entry.matcher().describe());
            value.put("objects", entry.objects());
            value.put("recall", entry.recall());
            tripwires.put(entry.tripwireId(), value);
        }
        root.put("tripwires", tripwires);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialise", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden temp folder is harmless
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
