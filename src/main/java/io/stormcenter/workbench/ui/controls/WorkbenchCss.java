package io.stormcenter.workbench.ui.controls;

import java.util.ArrayList;
import java.util.List;

/** Names of our own style classes (workbench.css); views use these, never inline styles. */
public final class WorkbenchCss {

    public static final String STYLESHEET = "/io/stormcenter/workbench/ui/workbench.css";
    /**
     * Popups without shadow or round corners, for a platform that cannot draw transparent windows:
     * there the shadow's margin around a menu is painted white (a light frame in the dark theme).
     */
    public static final String OPAQUE_POPUPS = "/io/stormcenter/workbench/ui/opaque-popups.css";

    public static final String CANVAS = "tree-canvas";
    /** "2 of 5" beside the find field. */
    public static final String FIND_STATUS = "find-status";
    public static final String CARD = "node-card";
    public static final String ATTACK = "attack";
    public static final String DEFENCE = "defence";
    public static final String SELECTED = "selected";
    /** A plan object that belongs to a trip-wire of the node selected on the canvas. */
    public static final String OF_SELECTED_NODE = "of-selected-node";
    public static final String ON_PATH = "on-path";
    public static final String IN_SCENARIO = "in-scenario";
    public static final String SCENARIO_LEAF = "scenario-leaf";
    public static final String DROP_TARGET = "drop-target";
    public static final String ROLE_STRIPE = "role-stripe";
    public static final String ROLE_LABEL = "role-label";
    public static final String GATE_CHIP = "gate-chip";
    public static final String CARD_LABEL = "card-label";
    public static final String BADGE_ESTIMATE = "badge-estimate";
    public static final String BADGE_VALUE = "badge-value";
    public static final String ORDER_BADGE = "order-badge";
    /** The sign at a card's corner when validation found a problem with the node. */
    public static final String PROBLEM_BADGE = "problem-badge";
    /** On a card whose node has an error (the sign is red). */
    public static final String HAS_ERROR = "has-error";
    /** On a card whose node has only warnings (the sign is amber). */
    public static final String PROBLEM_WARNING = "has-warning";
    public static final String COLLAPSE_TOGGLE = "collapse-toggle";
    public static final String EDGE = "edge";
    public static final String EDGE_COUNTER = "edge-counter";
    public static final String EDGE_PATH = "edge-path";
    public static final String EDGE_SCENARIO = "edge-scenario";
    public static final String RUBBER_BAND = "rubber-band";
    /** The overview map in the canvas's corner, its cards, the lit scenario's cards, and the frame of the view. */
    public static final String OVERVIEW = "canvas-overview";
    public static final String OVERVIEW_CARDS = "overview-cards";
    public static final String OVERVIEW_LIT = "overview-lit";
    public static final String OVERVIEW_VIEW = "overview-view";
    public static final String INLINE_EDITOR = "inline-editor";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_ITEM = "status-item";
    public static final String PANEL_TITLE = "panel-title";
    public static final String FIELD_ERROR = "field-error";
    public static final String INVALID = "invalid";
    public static final String START_PAGE = "start-page";
    public static final String START_TITLE = "start-title";
    public static final String START_SUBTITLE = "start-subtitle";
    public static final String START_SECTION = "start-section";
    public static final String START_ENTRY = "start-entry";
    public static final String METRIC = "metric";
    public static final String METRIC_VALUE = "metric-value";
    public static final String METRIC_NAME = "metric-name";
    public static final String OUTLINE_CELL = "outline-cell";
    public static final String TECHNIQUE_CHIP = "technique-chip";
    public static final String HINT = "hint";
    public static final String ZOOM_LABEL = "zoom-label";
    public static final String PANEL_TABS = "panel-tabs";
    /** A side panel's tab that shows its icon alone, its panel being too narrow for every title. */
    public static final String COMPACT_TAB = "compact";
    /** The small caption above a field or a list. */
    public static final String FIELD_NAME = "field-name";
    /** A panel's friendly "nothing here yet, and how to start" box. */
    public static final String EMPTY_STATE = "empty-state";
    /** A command to copy into a terminal. */
    public static final String COMMAND = "command";
    /** The Deploy panel's answer to the last action. */
    public static final String DEPLOY_MESSAGE = "deploy-message";
    /** A problem that stops the deploy, as a link to its node. */
    public static final String PLAN_PROBLEM = "plan-problem";

    /** The Live panel: a failure that needs the user, a warning (events that could not be read), a source's line. */
    public static final String LIVE_ERROR = "live-error";
    public static final String LIVE_WARNING = "live-warning";
    public static final String LIVE_SOURCE = "live-source";
    /** A source's line while it is failed, retrying, or running. */
    public static final String LIVE_FAILED = "live-failed";
    public static final String LIVE_RETRYING = "live-retrying";
    public static final String LIVE_RUNNING = "live-running";
    /** A count chip of the Live panel (events per sensor or outcome). */
    public static final String LIVE_COUNT = "live-count";
    /** An outcome in the Live feed: a fired trip-wire, a denied attempt, an excluded identity. */
    public static final String OUTCOME_COUNTED = "outcome-counted";
    public static final String OUTCOME_DENIED = "outcome-denied";
    public static final String OUTCOME_EXCLUDED = "outcome-excluded";

    private WorkbenchCss() {
    }

    /** Our stylesheets for a window, in order: ours, then the opaque popups where transparency is not drawn. */
    public static List<String> stylesheets(boolean transparentWindows) {
        List<String> sheets = new ArrayList<>(2);
        sheets.add(url(STYLESHEET));
        if (!transparentWindows) {
            sheets.add(url(OPAQUE_POPUPS));
        }
        return List.copyOf(sheets);
    }

    private static String url(String resource) {
        return WorkbenchCss.class.getResource(resource).toExternalForm();
    }
}
