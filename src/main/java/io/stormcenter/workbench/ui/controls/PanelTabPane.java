package io.stormcenter.workbench.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The tabs of a side panel, whose titles fit the panel's width whatever it is: every title while
 * they all fit, else only the selected tab's title beside the others' icons, else icons alone (a
 * tab's tooltip always names it). A plain tab pane would hide the tabs that do not fit behind an
 * overflow arrow, so a 340 px panel with five tabs cut its first title. The panel's minimum width
 * is what its content needs and what the icons with the widest title need, so a divider dragged
 * narrower stops before a title would be cut.
 */
public final class PanelTabPane extends TabPane {

    /** Room kept free at the end of the tab bar, so rounding never tips the last title into the overflow menu. */
    private static final double SLACK = 6;
    /**
     * The gap JavaFX's tab header area keeps after the tabs (beside its overflow button) when it decides
     * whether they fit: with less room it opens the overflow menu and cuts the last title.
     */
    private static final double HEADER_AREA_SPACER = 10;

    private final double contentMinWidth;
    private final Text measure = new Text();
    private double titlesMinWidth;

    /** @param contentMinWidth the narrowest width at which every tab's content still reads well */
    public PanelTabPane(double contentMinWidth) {
        this.contentMinWidth = contentMinWidth;
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add(WorkbenchCss.PANEL_TABS);
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> requestLayout());
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(contentMinWidth, titlesMinWidth);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fitTitles();
    }

    /** How the tab bar shows its titles at the pane's present width. */
    public enum Titles { ALL, SELECTED, NONE }

    /** Shows as many titles as fit; a change of style takes effect at the next pulse. */
    private void fitTitles() {
        Region area = (Region) lookup(".tab-header-area");
        Node headers = area == null ? null : area.lookup(".headers-region");
        if (!(headers instanceof Parent region) || getWidth() <= 0) {
            return;
        }
        List<Tab> tabs = new ArrayList<>();
        double iconsOnly = 0;
        double allTitles = 0;
        double widestTitle = 0;
        double selectedTitle = 0;
        for (Node header : region.getChildrenUnmodifiable()) {
            Tab tab = tabOf(header);
            Label label = header instanceof Parent p && p.lookup(".tab-label") instanceof Label l ? l : null;
            if (tab == null || label == null) {
                continue;
            }
            double title = titleWidth(tab.getText(), label);
            double shown = header.prefWidth(-1);
            double icon = tab.getStyleClass().contains(WorkbenchCss.COMPACT_TAB) ? shown : shown - title;
            tabs.add(tab);
            iconsOnly += icon;
            allTitles += icon + title;
            widestTitle = Math.max(widestTitle, title);
            if (tab == getSelectionModel().getSelectedItem()) {
                selectedTitle = title;
            }
        }
        double insets = area.snappedLeftInset() + area.snappedRightInset() + snappedLeftInset() + snappedRightInset();
        Node overflow = area.lookup(".control-buttons-tab");
        double room = Math.max(SLACK, HEADER_AREA_SPACER + SLACK / 2
                + (overflow instanceof Region buttons ? buttons.prefWidth(-1) : 0));
        double available = getWidth() - insets - room;
        Titles titles = allTitles <= available ? Titles.ALL
                : iconsOnly + selectedTitle <= available ? Titles.SELECTED : Titles.NONE;
        for (Tab tab : tabs) {
            boolean compact = titles == Titles.NONE
                    || titles == Titles.SELECTED && tab != getSelectionModel().getSelectedItem();
            if (compact != tab.getStyleClass().contains(WorkbenchCss.COMPACT_TAB)) {
                if (compact) {
                    tab.getStyleClass().add(WorkbenchCss.COMPACT_TAB);
                } else {
                    tab.getStyleClass().remove(WorkbenchCss.COMPACT_TAB);
                }
            }
        }
        double minimum = Math.ceil(iconsOnly + widestTitle + insets + room);
        if (minimum != titlesMinWidth) {
            titlesMinWidth = minimum;
            // the split pane reads the new minimum at its next layout
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }
    }

    /** How the tab bar shows its titles now (tests and the snapshot look at it). */
    public Titles titles() {
        long compact = getTabs().stream().filter(t -> t.getStyleClass().contains(WorkbenchCss.COMPACT_TAB)).count();
        return compact == 0 ? Titles.ALL : compact == getTabs().size() ? Titles.NONE : Titles.SELECTED;
    }

    /** A header of the tab bar carries its tab's id. */
    private Tab tabOf(Node header) {
        for (Tab tab : getTabs()) {
            if (tab.getId() != null && tab.getId().equals(header.getId())) {
                return tab;
            }
        }
        return null;
    }

    /** What the title adds to a header: its text and the gap between icon and text. */
    private double titleWidth(String title, Label label) {
        if (title == null || title.isEmpty()) {
            return 0;
        }
        Font font = label.getFont();
        measure.setFont(font);
        measure.setText(title);
        return Math.ceil(measure.getLayoutBounds().getWidth()) + label.getGraphicTextGap();
    }
}
