package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.layout.CardBox;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Role;
import java.util.List;
import java.util.Set;

/**
 * One node's card as drawn: where, what it says, and how the overlays mark it.
 *
 * @param gate        the gate chip, or null for a leaf
 * @param estimate    the leaf's estimate badge text, or null
 * @param value       the computed value's badge text, or null
 * @param sandOrder   the 1-based place under a SAND parent, or 0
 * @param hiddenBelow how many nodes a collapsed card hides, or 0
 * @param styleClasses the overlays' classes, in no order
 * @param badge       the corner sign of the last overlay that gives one, or null
 * @param notes       the overlays' tooltip lines
 */
public record PictureCard(String nodeId, CardBox box, Role role, Gate gate, String label, String description,
                          List<String> techniques, String estimate, String value, int sandOrder, int hiddenBelow,
                          boolean hasChildren, Set<String> styleClasses, String badge, List<String> notes) {

    public PictureCard {
        techniques = List.copyOf(techniques);
        styleClasses = Set.copyOf(styleClasses);
        notes = List.copyOf(notes);
    }

    public boolean has(String styleClass) {
        return styleClasses.contains(styleClass);
    }

    /** "SAND →", "AND", "OR", or null for a leaf. */
    public String gateText() {
        return gate == null ? null : gate.ordered() ? "SAND \u2192" : gate.key();
    }

    /** The badge line at the card's foot: "est 0.60   = 0.42   +3 hidden", without the parts it lacks. */
    public String badgeLine() {
        StringBuilder badges = new StringBuilder();
        if (estimate != null) {
            badges.append("est ").append(estimate).append("   ");
        }
        if (value != null) {
            badges.append("= ").append(value);
        }
        if (hiddenBelow > 0) {
            badges.append("   +").append(hiddenBelow).append(" hidden");
        }
        return badges.toString().strip();
    }

    /** What hovering the card tells: label, description, techniques, then the overlays' notes. */
    public String tooltip() {
        StringBuilder tip = new StringBuilder(label);
        if (!description.isBlank()) {
            tip.append("\n\n").append(description);
        }
        if (!techniques.isEmpty()) {
            tip.append("\n\n").append(String.join(", ", techniques));
        }
        if (!notes.isEmpty()) {
            tip.append('\n');
        }
        notes.forEach(note -> tip.append('\n').append(note));
        return tip.toString();
    }
}
