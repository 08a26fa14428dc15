package io.stormcenter.workbench.ui.panels;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One proposed defence in the what-if list: ticking it puts it in place for the figures shown. */
public final class WhatIfProposal {

    private final String nodeId;
    private final String text;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen");

    WhatIfProposal(String nodeId, String text) {
        this.nodeId = nodeId;
        this.text = text;
    }

    public String nodeId() {
        return nodeId;
    }

    /** Its label, cost and effectiveness, as the list shows it. */
    public String text() {
        return text;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
