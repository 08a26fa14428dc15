package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.model.Node;

/** How a card writes its two badges: the leaf's own estimate and the computed value, in the chosen domain. */
public interface CardTexts {

    /** The estimate badge of a leaf, or null when the domain has none for it. */
    String estimate(Node leaf);

    /** The computed value's badge, or null when there is no value yet. */
    String value(NodeValues values);

    /** The value's badge of this node: a domain whose figures are kept by node id (calibrated) reads the id. */
    default String value(Node node, NodeValues values) {
        return value(values);
    }
}
