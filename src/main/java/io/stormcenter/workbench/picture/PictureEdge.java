package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.layout.EdgeRoute;
import java.util.List;

/**
 * One edge as drawn: its route (a counter edge is dashed), and the overlays' marks drawn over it
 * in order.
 */
public record PictureEdge(EdgeRoute route, List<EdgeMark> marks) {

    public static final String EDGE = "edge";
    public static final String EDGE_COUNTER = "edge-counter";

    public PictureEdge {
        marks = List.copyOf(marks);
    }

    /** The plain line's style: a counter edge or a refining one. */
    public String baseStyle() {
        return route.counter() ? EDGE_COUNTER : EDGE;
    }
}
