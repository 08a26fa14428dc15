package io.stormcenter.workbench.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in technique tags (Microsoft Threat Matrix for Kubernetes, MITRE ATT&CK Containers,
 * KubeHound attack ids), read from {@code techniques.tsv} next to this package's resources.
 */
public final class TechniqueCatalogue {

    private static final String RESOURCE = "/io/stormcenter/workbench/model/techniques.tsv";

    private final Map<String, Technique> byId;

    private TechniqueCatalogue(Map<String, Technique> byId) {
        this.byId = byId;
    }

    public static TechniqueCatalogue builtIn() {
        try (InputStream in = TechniqueCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the technique catalogue " + RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TechniqueCatalogue parse(BufferedReader reader) throws IOException {
        Map<String, Technique> map = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException("techniques.tsv line " + number + ": expected id, name, catalogue");
            }
            map.put(cells[0], new Technique(cells[0], cells[1], cells[2]));
        }
        return new TechniqueCatalogue(map);
    }

    public List<Technique> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Technique> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Techniques whose id or name contains the typed text, ids that start with it first. */
    public List<Technique> complete(String typed, int limit) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Technique> starts = new ArrayList<>();
        List<Technique> contains = new ArrayList<>();
        for (Technique technique : byId.values()) {
            String id = technique.id().toLowerCase(Locale.ROOT);
            if (id.startsWith(needle)) {
                starts.add(technique);
            } else if (id.contains(needle) || technique.name().toLowerCase(Locale.ROOT).contains(needle)) {
                contains.add(technique);
            }
        }
        starts.addAll(contains);
        return starts.subList(0, Math.min(limit, starts.size()));
    }

    /** The name for a tag, or "not in the built-in catalogue". */
    public String describe(String id) {
        return find(id).map(t -> t.name() + " (" + t.catalogue() + ")").orElse("not in the built-in catalogue");
    }
}
