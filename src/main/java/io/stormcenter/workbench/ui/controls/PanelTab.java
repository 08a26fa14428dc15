package io.stormcenter.workbench.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A tab of the side panels: an icon and a short title, so every title stays whole in a narrow
 * panel (AtlantaFX's floating tabs are 150 px each; {@link WorkbenchCss#PANEL_TABS} makes them
 * as wide as their titles), and a tooltip that says what the panel holds.
 */
public final class PanelTab {

    private PanelTab() {
    }

    public static Tab of(String id, String title, String icon, String tooltip, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        tab.setTooltip(new Tooltip(tooltip));
        return tab;
    }
}
