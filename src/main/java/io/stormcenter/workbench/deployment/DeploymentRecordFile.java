package io.stormcenter.workbench.deployment;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.kube.ClusterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import io.stormcenter.workbench.honeycluster.DeploymentLabel;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deployment record as a JSON file next to the model: {@code tree.json} gets
 * {@code tree.deploy.json}. Written atomically (temp file, then move), so a crash never leaves
 * half a record.
 */
public final class DeploymentRecordFile implements DeploymentRecordStore {

    static final String FORMAT = "ksc-deployment";
    /** 2: the deployment label and the plan as deployed. Version 1 records are still read. */
    static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public DeploymentRecordFile(Path file) {
        this.file = file;
    }

    /** The record file of a model file: the model's name without its extension, plus {@code .deploy.json}. */
    public static DeploymentRecordFile nextTo(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return new DeploymentRecordFile(model.resolveSibling(base + ".deploy.json"));
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<DeploymentRecord> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromJson(JSON.readTree(file.toFile())));
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            throw new ClusterException("deployment record " + file + " is damaged: " + e.getClass().getSimpleName()
                    + (e instanceof JacksonException j && j.getLocation() != null
                    ? " at line " + j.getLocation().getLineNr() : ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read deployment record " + file, e);
        }
    }

    @Override
    public void save(DeploymentRecord record) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try {
                JSON.writeValue(temp.toFile(), toJson(record));
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write deployment record " + file, e);
        }
    }

    static ObjectNode toJson(DeploymentRecord record) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("id", record.id());
        root.put("model", record.modelId());
        root.put("modelSha256", record.modelHash());
        root.put("state", record.state().name());
        root.put("context", record.context());
        root.put("server", record.server());
        root.put("kubeconfig", record.kubeconfig());
        root.put("namespace", record.namespace());
        root.put("seed", record.seed());
        root.put("deployedAt", record.deployedAt().toString());
        root.put("updatedAt", record.updatedAt().toString());
        root.put("problem", record.problem());
        ArrayNode objects = root.putArray("objects");
        for (ObjectRef ref : record.objects()) {
            ObjectNode object = objects.addObject();
            object.put("apiVersion", ref.apiVersion());
            object.put("kind", ref.kind());
            if (ref.namespace() != null) {
                object.put("namespace", ref.namespace());
            }
            object.put("name", ref.name());
        }
        ObjectNode label = root.putObject("label");
        label.put("key", record.label().key());
        label.put("value", record.label().value());
        if (record.plan() != null) {
            root.set("plan", DeployedPlanJson.toJson(record.plan()));
        }
        return root;
    }

    static DeploymentRecord fromJson(JsonNode root) {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a " + FORMAT + " file");
        }
        List<ObjectRef> objects = new ArrayList<>();
        for (JsonNode object : root.path("objects")) {
            objects.add(new ObjectRef(object.get("apiVersion").asText(), object.get("kind").asText(),
                    text(object, "namespace"), object.get("name").asText()));
        }
        return new DeploymentRecord(root.get("id").asText(), root.get("model").asText(), text(root, "modelSha256"),
                root.get("context").asText(), root.get("server").asText(), text(root, "kubeconfig"),
                root.get("namespace").asText(), root.get("seed").asLong(), objects,
                Instant.parse(root.get("deployedAt").asText()), Instant.parse(root.get("updatedAt").asText()),
                DeploymentState.valueOf(root.get("state").asText()), text(root, "problem"),
                root.has("label") ? new DeploymentLabel(root.get("label").get("key").asText(),
                        root.get("label").get("value").asText()) : null,
                root.hasNonNull("plan") ? DeployedPlanJson.fromJson(root.get("plan")) : null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
