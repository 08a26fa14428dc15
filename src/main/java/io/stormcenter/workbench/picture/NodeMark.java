package io.stormcenter.workbench.picture;

import java.util.List;
import java.util.Set;

/**
 * What an overlay says about one card.
 *
 * @param styleClasses classes the card takes (the canvas's stylesheet and the SVG palette know them)
 * @param badge        a short sign at the card's corner ("!", a count), or null
 * @param notes        lines for the card's tooltip
 */
public record NodeMark(Set<String> styleClasses, String badge, List<String> notes) {

    public static final NodeMark NONE = new NodeMark(Set.of(), null, List.of());

    public NodeMark {
        styleClasses = Set.copyOf(styleClasses);
        notes = List.copyOf(notes);
    }

    public static NodeMark of(String... styleClasses) {
        return new NodeMark(Set.of(styleClasses), null, List.of());
    }
}
