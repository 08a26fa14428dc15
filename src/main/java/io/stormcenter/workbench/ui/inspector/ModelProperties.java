package io.stormcenter.workbench.ui.inspector;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Ids;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The model's own fields, shown when no node is selected: title, id and description. The id
 * names the saved file and the deployment (and picks its cover names), so it must be a
 * Kubernetes label; while it is still the new tree's {@code untitled}, it follows the title.
 */
public final class ModelProperties {

    static final String UNTITLED_ID = "untitled";
    /** Short enough for a deployment id (the id, a dash and a hash) to stay a Kubernetes label. */
    private static final int MAX_ID = 48;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    private final TreeDocument document;
    private final CheckedField<String> title = new CheckedField<>(ModelProperties::title, s -> s);
    private final CheckedField<String> id = new CheckedField<>(ModelProperties::id, s -> s);
    private final CheckedField<String> description = new CheckedField<>(s -> s == null ? "" : s, s -> s);
    private boolean loading;

    ModelProperties(TreeDocument document) {
        this.document = document;
        title.textProperty().addListener((obs, old, text) -> {
            if (!loading && title.check()) {
                String value = title.value();
                edit("model#title", t -> {
                    AttackTree titled = t.withTitle(value);
                    return t.id().equals(UNTITLED_ID) || t.id().equals(Ids.slug(t.title())) ? titled.withId(Ids.slug(value)) : titled;
                });
            }
        });
        id.textProperty().addListener((obs, old, text) -> {
            if (!loading && id.check()) {
                String value = id.value();
                edit("model#id", t -> t.withId(value));
            }
        });
        description.textProperty().addListener((obs, old, text) -> {
            if (!loading && description.check()) {
                String value = description.value();
                edit("model#description", t -> t.withDescription(value.isBlank() ? null : value));
            }
        });
        document.treeProperty().addListener((obs, old, tree) -> load(false));
        document.generationProperty().addListener((obs, old, g) -> load(true));
        load(true);
    }

    private void edit(String key, UnaryOperator<AttackTree> change) {
        AttackTree tree = document.tree();
        if (!change.apply(tree).equals(tree)) {
            document.apply(key, change);
        }
    }

    private void load(boolean force) {
        AttackTree tree = document.tree();
        loading = true;
        try {
            title.show(tree.title(), force);
            id.show(tree.id(), force);
            description.show(tree.description() == null ? "" : tree.description(), force);
        } finally {
            loading = false;
        }
    }

    private static String title(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A model needs a title");
        }
        return text.strip();
    }

    private static String id(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("A model needs an id");
        }
        if (value.length() > MAX_ID || !LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException("Use lower-case letters, digits and dashes, at most " + MAX_ID
                    + " (it names the file and the deployment)");
        }
        return value;
    }

    public CheckedField<String> title() {
        return title;
    }

    public CheckedField<String> id() {
        return id;
    }

    public CheckedField<String> description() {
        return description;
    }
}
