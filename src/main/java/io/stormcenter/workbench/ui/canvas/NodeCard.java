package io.stormcenter.workbench.ui.canvas;

import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.picture.PictureCard;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One node drawn as a card: role stripe and name, gate chip (OR, AND, SAND with its arrow),
 * the label on the lines that fit (three), the leaf's estimate and the computed value as badges, the
 * place under a SAND parent, the overlays' classes and corner sign (a problem's "!"), and the collapse toggle. Laid out by hand: cheap to update,
 * recycled as the viewport scrolls.
 */
final class NodeCard extends Region {

    private static final double PAD = 10;

    private final Region stripe = new Region();
    private final Label role = new Label();
    private final Label gate = new Label();
    private final Label label = new Label();
    private final Label estimate = new Label();
    private final Label value = new Label();
    private final Label order = new Label();
    /** The corner sign an overlay gives (a problem's "!", later a count). */
    private final Label badge = new Label();
    final Label toggle = new Label();
    private final FontIcon roleIcon = new FontIcon();
    private final FontIcon gateIcon = new FontIcon();
    private final Tooltip tooltip = new Tooltip();
    private final CardLabelFit labelFit = new CardLabelFit();
    private String labelText = "";
    private String nodeId;
    private Object shownState;
    private Set<String> overlayClasses = Set.of();

    NodeCard() {
        getStyleClass().add(WorkbenchCss.CARD);
        stripe.getStyleClass().add(WorkbenchCss.ROLE_STRIPE);
        role.getStyleClass().add(WorkbenchCss.ROLE_LABEL);
        role.setGraphic(roleIcon);
        gate.getStyleClass().add(WorkbenchCss.GATE_CHIP);
        gate.setGraphic(gateIcon);
        label.getStyleClass().add(WorkbenchCss.CARD_LABEL);
        label.setWrapText(true);
        label.setTextOverrun(OverrunStyle.CLIP);
        label.setAlignment(Pos.TOP_LEFT);
        estimate.getStyleClass().add(WorkbenchCss.BADGE_ESTIMATE);
        value.getStyleClass().add(WorkbenchCss.BADGE_VALUE);
        order.getStyleClass().add(WorkbenchCss.ORDER_BADGE);
        order.setAlignment(Pos.CENTER);
        badge.getStyleClass().add(WorkbenchCss.PROBLEM_BADGE);
        badge.setAlignment(Pos.CENTER);
        toggle.getStyleClass().add(WorkbenchCss.COLLAPSE_TOGGLE);
        toggle.setAlignment(Pos.CENTER);
        getChildren().addAll(stripe, role, gate, label, estimate, value, order, badge, toggle);
        setPadding(Insets.EMPTY);
        setManaged(false);
        setFocusTraversable(false);
        Tooltip.install(this, tooltip);
    }

    /** What the card shows: its part of the tree's picture and the canvas's own editing state; equal states are not redrawn. */
    record State(PictureCard card, boolean selected, boolean dropTarget) {
    }

    String nodeId() {
        return nodeId;
    }

    void show(State state) {
        if (state.equals(shownState)) {
            return;
        }
        shownState = state;
        PictureCard card = state.card();
        nodeId = card.nodeId();
        setId("card-" + card.nodeId());
        boolean defence = card.role() == Role.DEFENCE;
        pseudo(WorkbenchCss.ATTACK, !defence);
        pseudo(WorkbenchCss.DEFENCE, defence);
        pseudo(WorkbenchCss.SELECTED, state.selected());
        pseudo(WorkbenchCss.DROP_TARGET, state.dropTarget());
        // a change of style classes restyles the card and all its labels: only when the overlays' classes changed
        if (!overlayClasses.equals(card.styleClasses())) {
            getStyleClass().removeAll(overlayClasses);
            overlayClasses = Set.copyOf(card.styleClasses());
            getStyleClass().addAll(overlayClasses);
        }
        role.setText(defence ? "DEFENCE" : "ATTACK");
        roleIcon.setIconLiteral(defence ? "mdi2s-shield-half-full" : "mdi2s-sword-cross");
        gate.setVisible(card.gate() != null);
        if (card.gate() != null) {
            gate.setText(card.gateText());
            gateIcon.setIconLiteral(card.gate() == Gate.OR ? "mdi2g-gate-or" : "mdi2g-gate-and");
        }
        labelText = card.label().isBlank() ? "(no label)" : breakableAtSlashes(card.label());
        estimate.setText(card.estimate() == null ? "" : "est " + card.estimate());
        estimate.setVisible(card.estimate() != null);
        value.setText(card.value() == null ? "" : "= " + card.value());
        value.setVisible(card.value() != null);
        order.setText(Integer.toString(card.sandOrder()));
        order.setVisible(card.sandOrder() > 0);
        toggle.setVisible(card.hasChildren());
        toggle.setText(card.hiddenBelow() > 0 ? "+" + card.hiddenBelow() : "\u2212");
        badge.setText(card.badge() == null ? "" : card.badge());
        badge.setVisible(card.badge() != null);
        tooltip.setText(card.tooltip());
        requestLayout();
    }

    private void pseudo(String styleClass, boolean on) {
        if (on && !getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        } else if (!on) {
            getStyleClass().remove(styleClass);
        }
    }

    /**
     * A path such as /etc/kubernetes/pki/apiserver.key is one long word: JavaFX then breaks it
     * inside letters and its ellipsis misses the overflow, so a fourth line runs over the badges.
     * A zero-width space after each slash lets it wrap there like between words.
     */
    static String breakableAtSlashes(String text) {
        return text.replace("/", "/\u200B");
    }

    @Override
    protected void layoutChildren() {
        applyCss(); // a new or restyled card measures its chips and label with the stylesheet's fonts
        double w = getWidth();
        double h = getHeight();
        stripe.resizeRelocate(0, 0, 5, h);
        double headerH = 18;
        role.resizeRelocate(PAD + 2, 7, role.prefWidth(-1), headerH);
        double gw = gate.prefWidth(-1);
        gate.resizeRelocate(w - PAD - gw, 6, gw, headerH);
        double badgeH = 18;
        double labelTop = 7 + headerH + 3;
        double labelH = h - labelTop - badgeH - 10;
        double labelW = w - 2 * PAD - 2;
        label.setText(labelFit.fit(labelText, label.getFont(), labelW, labelH, label.getLineSpacing()));
        label.resizeRelocate(PAD + 2, labelTop, labelW, labelH);
        double x = PAD + 2;
        double by = h - badgeH - 7;
        if (estimate.isVisible()) {
            double ew = Math.min(estimate.prefWidth(-1), (w - 2 * PAD) / 2);
            estimate.resizeRelocate(x, by, ew, badgeH);
            x += ew + 6;
        }
        if (value.isVisible()) {
            double vw = Math.min(value.prefWidth(-1), w - PAD - x);
            value.resizeRelocate(x, by, vw, badgeH);
        }
        order.resizeRelocate(-9, -9, 20, 20);
        badge.resizeRelocate(w - 11, -9, 20, 20);
        double tw = Math.max(22, toggle.prefWidth(-1));
        toggle.resizeRelocate((w - tw) / 2, h - 2, tw, 16);
    }
}
