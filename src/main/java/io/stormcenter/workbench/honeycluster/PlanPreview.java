package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan as a window shows it, computed off the UI thread: the objects grouped into a tree with
 * their YAML and the nodes they serve, the operator's files, coverage and suggestions per leaf.
 * When the compiler refuses the model, {@link #plan()} is null and {@link #problems()} says why
 * (coverage and suggestions are still there: they help to mend it).
 */
public record PlanPreview(HoneyclusterPlan plan, List<Group> groups, Coverage coverage,
                          Map<String, List<Suggestion>> suggestions, List<Problem> problems) {

    /** One object or file of the plan. */
    public record Item(String key, String kind, String name, String yaml, Set<String> nodeIds, Set<String> tripwireIds) {
        public Item {
            nodeIds = Set.copyOf(nodeIds);
            tripwireIds = Set.copyOf(tripwireIds);
        }
    }

    /** A branch of the object tree ("Bait workloads", "Tetragon policies" ...). */
    public record Group(String title, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    public PlanPreview {
        groups = List.copyOf(groups);
        suggestions = Collections.unmodifiableMap(new LinkedHashMap<>(suggestions));
        problems = List.copyOf(problems);
    }

    public static PlanPreview of(AttackTree tree, CompileOptions options) {
        HoneyclusterCompiler compiler = new HoneyclusterCompiler();
        Coverage coverage = Coverage.of(tree);
        Map<String, List<Suggestion>> suggestions = new TripwireSuggestions().forTree(tree);
        HoneyclusterPlan plan;
        try {
            plan = compiler.compile(tree, options);
        } catch (PlanRefusedException refused) {
            return new PlanPreview(null, List.of(), coverage, suggestions, refused.problems());
        }
        return new PlanPreview(plan, groups(plan), coverage, suggestions, compiler.check(tree, options));
    }

    private static List<Group> groups(HoneyclusterPlan plan) {
        Map<String, Set<String>> nodesByObject = new LinkedHashMap<>();
        Map<String, Set<String>> tripwiresByObject = new LinkedHashMap<>();
        for (TripwireEntry entry : plan.index().entries()) {
            for (String object : entry.objects()) {
                nodesByObject.computeIfAbsent(object, k -> new TreeSet<>()).add(entry.nodeId());
                tripwiresByObject.computeIfAbsent(object, k -> new TreeSet<>()).add(entry.tripwireId());
            }
        }
        Map<String, List<Item>> byTitle = new LinkedHashMap<>();
        for (String title : List.of("Namespace and containment", "Canary accounts", "Honeytokens", "Bait workloads",
                "Tetragon policies", "Falco rules", "Files for the operator")) {
            byTitle.put(title, new ArrayList<>());
        }
        for (HasMetadata object : plan.objects()) {
            String key = HoneyclusterPlan.key(object);
            byTitle.get(title(object)).add(new Item(key, object.getKind(), object.getMetadata().getName(),
                    PlanWriter.yaml(object), nodesByObject.getOrDefault(key, Set.of()),
                    tripwiresByObject.getOrDefault(key, Set.of())));
        }
        plan.files().forEach((name, text) -> byTitle.get("Files for the operator")
                .add(new Item("File/" + name, "File", name, text, Set.of(), Set.of())));
        List<Group> groups = new ArrayList<>();
        byTitle.forEach((title, items) -> {
            if (!items.isEmpty()) {
                groups.add(new Group(title, items));
            }
        });
        return groups;
    }

    private static String title(HasMetadata object) {
        String kind = object.getKind();
        String name = object.getMetadata().getName();
        if (kind.startsWith("TracingPolicy")) {
            return "Tetragon policies";
        }
        return switch (kind) {
            case "ServiceAccount", "Role", "RoleBinding" -> "Canary accounts";
            case "Secret" -> "kubernetes.io/service-account-token".equals(((Secret) object).getType())
                    ? "Canary accounts" : "Honeytokens";
            case "Pod", "Deployment", "Service" -> "Bait workloads";
            case "ConfigMap" -> object.getMetadata().getName().endsWith("-html") ? "Bait workloads" : "Canary accounts";
            default -> "Namespace and containment";
        };
    }

    /** The keys of the objects that serve a node's trip-wires (to highlight them). */
    public Set<String> keysForNode(String nodeId) {
        Set<String> keys = new LinkedHashSet<>();
        for (Group group : groups) {
            for (Item item : group.items()) {
                if (item.nodeIds().contains(nodeId)) {
                    keys.add(item.key());
                }
            }
        }
        return keys;
    }

    public List<Suggestion> suggestionsFor(String nodeId) {
        return suggestions.getOrDefault(nodeId, List.of());
    }
}
