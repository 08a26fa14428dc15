package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.CalibratedNode;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.Evidence;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.analysis.Interval;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.analysis.ProposedDefences;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.honeycluster.SensorRecall;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.WordEdits;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TreeValidator;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.picture.CardTexts;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The evidence side of the analysis panel: the goal's estimate, what was observed, and the calibrated
 * probability and risk with their 90 % intervals, from the sessions the heat panel holds and the
 * sightings imported for the model; and the what-if of proposed defences: tick proposals and the goal's
 * figures are computed again with them in place ({@link ProposedDefences#apply}). Runs on its own lane.
 * The per-node figures serve the inspector and the "Calibrated" badges.
 */
public final class RiskViewModel {

    private final TreeDocument document;
    private final ObjectProperty<AttackerProfile> profile;
    private final ObservableList<Session> sessions;
    private final Supplier<EvidenceSet> shared;
    private final TaskLane lane;
    /** The tree the figures were last asked for (a words-only edit of it needs none computed again). */
    private AttackTree figuredTree;
    private final Calibration calibration = Calibration.withDefaults();
    private final ObservableList<WhatIfProposal> proposals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RiskFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper goal = new ReadOnlyStringWrapper(this, "goal", "\u2013");
    private final ReadOnlyStringWrapper goalInterval = new ReadOnlyStringWrapper(this, "goalInterval", "");
    private final ReadOnlyStringWrapper risk = new ReadOnlyStringWrapper(this, "risk", "\u2013");
    private final ReadOnlyStringWrapper riskInterval = new ReadOnlyStringWrapper(this, "riskInterval", "");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper(this, "evidence", "");
    private final ReadOnlyStringWrapper whatIf = new ReadOnlyStringWrapper(this, "whatIf", "");

    /**
     * @param sessions the sessions of the heat panel's window (own sensors)
     * @param shared   others' sightings imported for the open model, read off the FX thread
     */
    public RiskViewModel(TreeDocument document, ObjectProperty<AttackerProfile> profile,
                         ObservableList<Session> sessions, Supplier<EvidenceSet> shared, TaskLane lane) {
        this.document = document;
        this.profile = profile;
        this.sessions = sessions;
        this.shared = shared;
        this.lane = lane;
        document.treeProperty().addListener((obs, old, tree) -> treeChanged(tree));
        profile.addListener((obs, old, p) -> rerun());
        sessions.addListener((ListChangeListener<Session>) c -> rerun());
        treeChanged(document.tree());
    }

    /**
     * A new tree: the proposals are listed again (ticks kept by node id), and the figures follow. A
     * keystroke in a label changes no figure: the figures stay, and the list changes only when a
     * proposal's text did (calibrating a 2,000-node tree per keystroke took a core from the typing).
     */
    private void treeChanged(AttackTree tree) {
        boolean wordsOnly = figuredTree != null && WordEdits.onlyWords(figuredTree, tree);
        figuredTree = tree;
        if (wordsOnly) {
            List<String> texts = ProposedDefences.proposals(tree).stream().map(id -> describe(tree.node(id))).toList();
            if (texts.equals(proposals.stream().map(WhatIfProposal::text).toList())) {
                return;
            }
        }
        Set<String> ticked = chosen();
        List<WhatIfProposal> rows = new ArrayList<>();
        for (String id : ProposedDefences.proposals(tree)) {
            Node node = tree.node(id);
            WhatIfProposal row = new WhatIfProposal(id, describe(node));
            row.chosenProperty().set(ticked.contains(id));
            row.chosenProperty().addListener((obs, old, on) -> rerun());
            rows.add(row);
        }
        proposals.setAll(rows);
        if (!wordsOnly) {
            rerun();
        }
    }

    private static String describe(Node node) {
        StringBuilder text = new StringBuilder(node.label().isBlank() ? node.id() : node.label());
        List<String> facts = new ArrayList<>();
        if (node.estimates().cost() != null) {
            facts.add(BadgeDomain.money(node.estimates().cost()));
        }
        if (node.estimates().probability() != null) {
            facts.add("stops " + Math.round(node.estimates().probability() * 100) + " %");
        }
        if (!facts.isEmpty()) {
            text.append(" (").append(String.join(", ", facts)).append(')');
        }
        return text.toString();
    }

    /** The ticked proposals' ids. */
    public Set<String> chosen() {
        Set<String> ids = new LinkedHashSet<>();
        for (WhatIfProposal row : proposals) {
            if (row.chosenProperty().get()) {
                ids.add(row.nodeId());
            }
        }
        return ids;
    }

    /** Computes the figures again for the current tree, profile, sessions and ticks. */
    public void rerun() {
        AttackTree tree = document.tree();
        AttackerProfile attacker = profile.get();
        Set<String> ticked = chosen();
        List<Set<String>> reached = sessions.stream().map(s -> Set.copyOf(s.reachedIds())).toList();
        lane.submit(context -> compute(tree, attacker, ticked, reached), this::show, failure -> {
            figures.set(null);
            goal.set("\u2013");
            goalInterval.set("");
            risk.set("\u2013");
            riskInterval.set("");
            evidence.set("Cannot calibrate: " + failure.getMessage());
            whatIf.set("");
        });
    }

    private RiskFigures compute(AttackTree tree, AttackerProfile attacker, Set<String> ticked,
                                List<Set<String>> reached) {
        if (TreeValidator.hasErrors(TreeValidator.validate(tree))) {
            throw new IllegalStateException("the tree has errors (see Problems)");
        }
        EvidenceSet seen = reached.isEmpty() ? EvidenceSet.empty()
                : EvidenceSet.fromSessions(tree, Evidence.OWN, reached);
        EvidenceSet all = seen.with(shared.get());
        AttackTree after = ProposedDefences.apply(tree, ticked);
        Evaluation before = Evaluation.of(tree, attacker);
        Evaluation with = Evaluation.of(after, attacker);
        double spent = 0;
        for (String id : ticked) {
            Node node = tree.node(id);
            if (node != null && node.estimates().cost() != null) {
                spent += node.estimates().cost();
            }
        }
        boolean impact = tree.root() != null && tree.root().impact() != null;
        List<String> origins = all.origins().stream().filter(o -> !Evidence.OWN.equals(o)).sorted().toList();
        return new RiskFigures(calibration.run(after, attacker, all, SensorRecall.of(tree)), ticked, reached.size(),
                origins, before.root().probability(), with.root().probability(), impact ? before.risk() : Double.NaN,
                impact ? with.risk() : Double.NaN, spent);
    }

    private void show(RiskFigures next) {
        figures.set(next);
        Interval root = next.calibrated().rootProbability();
        goal.set(BadgeDomain.probability(root.value()));
        goalInterval.set(root.hasBounds() ? "90 %: " + BadgeDomain.probability(root.low()) + "\u2013"
                + BadgeDomain.probability(root.high()) : "");
        Interval money = next.calibrated().risk();
        risk.set(money == null ? "no impact set" : BadgeDomain.money(money.value()));
        riskInterval.set(money == null || !money.hasBounds() ? "" : "90 %: " + BadgeDomain.money(money.low())
                + "\u2013" + BadgeDomain.money(money.high()));
        List<String> origins = new ArrayList<>();
        if (next.sessions() > 0) {
            origins.add(next.sessions() + (next.sessions() == 1 ? " session" : " sessions") + " of your own sensors");
        }
        origins.addAll(next.sharedOrigins());
        evidence.set(!next.calibrated().hasObservations()
                ? "Nothing observed: the modeller's estimates, with the uncertainty their confidence gives"
                : "Calibrated by " + String.join(", ", origins));
        if (next.chosen().isEmpty()) {
            whatIf.set(proposals.isEmpty() ? "The tree proposes no defences."
                    : "Tick proposals to see the goal with them in place.");
        } else {
            String p = "p " + BadgeDomain.probability(next.probabilityBefore()) + " \u2192 "
                    + BadgeDomain.probability(next.probabilityAfter());
            String r = Double.isNaN(next.riskBefore()) ? "" : ", risk " + BadgeDomain.money(next.riskBefore())
                    + " \u2192 " + BadgeDomain.money(next.riskAfter());
            whatIf.set("With " + next.chosen().size() + (next.chosen().size() == 1 ? " proposal" : " proposals")
                    + " (" + BadgeDomain.money(next.spent()) + "): " + p + r);
        }
    }

    /** The node's estimate, what was observed and the calibrated value side by side (the inspector's line). */
    public String figuresOf(String nodeId) {
        RiskFigures now = figures.get();
        CalibratedNode node = now == null || nodeId == null ? null : now.calibrated().node(nodeId);
        if (node == null) {
            return "";
        }
        return "estimate " + BadgeDomain.probability(node.estimate()) + "  \u00b7  observed "
                + (node.wasObserved() ? node.observed().reached() + " of " + node.observed().opportunities()
                : "nothing") + "  \u00b7  calibrated " + interval(node.calibrated());
    }

    /**
     * The "Calibrated" badges, short enough for a card: the estimate with what was seen (k/n), and the
     * calibrated value (its interval is in the inspector).
     */
    public CardTexts badges() {
        RiskFigures now = figures.get();
        return new CardTexts() {
            @Override
            public String estimate(Node leaf) {
                CalibratedNode c = now == null ? null : now.calibrated().node(leaf.id());
                Double p = leaf.estimates().probability();
                String estimate = p == null ? null : BadgeDomain.probability(p);
                if (c == null || !c.wasObserved()) {
                    return estimate;
                }
                return (estimate == null ? "seen " : estimate + " \u00b7 ") + c.observed();
            }

            @Override
            public String value(NodeValues values) {
                return BadgeDomain.CALIBRATED.valueText(values);
            }

            @Override
            public String value(Node node, NodeValues values) {
                CalibratedNode c = now == null ? null : now.calibrated().node(node.id());
                return c == null ? value(values) : "cal " + BadgeDomain.probability(c.calibrated().value());
            }
        };
    }

    static String interval(Interval value) {
        String mean = BadgeDomain.probability(value.value());
        return !value.hasBounds() || value.high() - value.low() < 0.005 ? mean
                : mean + " (" + BadgeDomain.probability(value.low()) + "\u2013" + BadgeDomain.probability(value.high())
                + ")";
    }

    public ObservableList<WhatIfProposal> proposals() {
        return proposals;
    }

    public ReadOnlyObjectProperty<RiskFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The goal's calibrated probability. */
    public ReadOnlyStringProperty goalProperty() {
        return goal.getReadOnlyProperty();
    }

    /** The goal's 90 % credible interval, or empty. */
    public ReadOnlyStringProperty goalIntervalProperty() {
        return goalInterval.getReadOnlyProperty();
    }

    /** The calibrated risk. */
    public ReadOnlyStringProperty riskProperty() {
        return risk.getReadOnlyProperty();
    }

    /** The risk's 90 % credible interval, or empty. */
    public ReadOnlyStringProperty riskIntervalProperty() {
        return riskInterval.getReadOnlyProperty();
    }

    /** What the figures were calibrated by. */
    public ReadOnlyStringProperty evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** The goal before and after the ticked proposals. */
    public ReadOnlyStringProperty whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }
}
