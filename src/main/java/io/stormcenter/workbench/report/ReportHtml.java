package io.stormcenter.workbench.report;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.CalibratedNode;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Count;
import io.stormcenter.workbench.analysis.DefenceOption;
import io.stormcenter.workbench.analysis.DefencePlan;
import io.stormcenter.workbench.analysis.DefenceSelection;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.picture.HeatOverlay;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as XHTML for openhtmltopdf: paged CSS (paper size, page numbers, landscape tree
 * pages), a table of contents whose page numbers the renderer fills in, PDF bookmarks, and one
 * {@code <object>} per tree tile that {@link TreeObjectDrawer} paints. Every text from the model
 * is escaped; nothing here reads a secret.
 */
final class ReportHtml {

    static final String TREE_OBJECT = "application/x-ksc-tree";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    /** Sections in order: id, title (the contents, the bookmarks and the headings use the same). */
    static final List<String[]> SECTIONS = List.of(
            new String[] {"summary", "Executive summary"},
            new String[] {"tree", "The attack tree"},
            new String[] {"steps", "Attack steps: estimates and evidence"},
            new String[] {"scenarios", "Ranked attack scenarios"},
            new String[] {"defences", "Defences and the budget"},
            new String[] {"sessions", "Sessions"},
            new String[] {"method", "Method and caveats"},
            new String[] {"inventory", "Appendix: trip-wire inventory"});

    private final RiskReport report;
    private final TreeTiles tiles;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final boolean money;

    private ReportHtml(RiskReport report, TreeTiles tiles) {
        this.report = report;
        this.tiles = tiles;
        this.money = report.plan().riskInMoney();
    }

    /** The usable area of a landscape tree page for a tile, in millimetres (width, height). */
    static double[] tileArea(PaperSize paper) {
        // the room above a tile: the heading and the legends on the first tree page, with slack, as a page that
        // overflows by a hair leaves a blank page behind it
        return new double[] {paper.heightMm() - 2 * 14, paper.widthMm() - 2 * 14 - 38};
    }

    static String render(RiskReport report, TreeTiles tiles) {
        return new ReportHtml(report, tiles).document();
    }

    private String document() {
        ReportRequest request = report.request();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>");
        html.append("<title>").append(esc(title())).append("</title>");
        html.append("<meta name=\"author\" content=\"KSC Workbench\"/>");
        html.append("<meta name=\"subject\" content=\"").append(esc(kind())).append("\"/>");
        html.append("<bookmarks><bookmark name=\"Contents\" href=\"#contents\"/>");
        for (String[] section : SECTIONS) {
            html.append("<bookmark name=\"").append(esc(section[1])).append("\" href=\"#").append(section[0])
                    .append("\"/>");
        }
        html.append("</bookmarks><style>").append(css(request.paper())).append("</style></head><body>");
        titlePage();
        contents();
        summary();
        tree();
        steps();
        scenarios();
        defences();
        sessions();
        method();
        inventory();
        html.append("</body></html>\n");
        return html.toString();
    }

    private String title() {
        String t = report.request().tree().title();
        return t.isBlank() ? report.request().tree().id() : t;
    }

    private String kind() {
        return report.designTime() ? "Design-time risk assessment" : "Evidence-based risk assessment";
    }

    private static String css(PaperSize paper) {
        return "@page { size: " + paper.css() + "; margin: 18mm 16mm 18mm 16mm;"
                + " @top-right { content: 'KSC Workbench \u00b7 risk report'; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #656d76; }"
                + " @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #656d76; } }"
                + "@page :first { @top-right { content: none; } @bottom-center { content: none; } }"
                + "@page tree { size: " + paper.css() + " landscape; margin: 14mm; }"
                + "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1f2328; line-height: 1.35; }"
                + "h1 { font-size: 16pt; margin: 0 0 4mm 0; page-break-before: always; color: #0b3d91; }"
                + "h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }"
                + "p { margin: 0 0 2.5mm 0; }"
                + "table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm 0; -fs-table-paginate: paginate;"
                // fixed layout: the columns come from the colgroup, not from measuring every cell (the
                // automatic layout took most of a 500-node report's time)
                + " table-layout: fixed; }"
                + "table.legend, .toc table { table-layout: auto; }"
                + "th { text-align: left; background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 1.2mm 1.5mm;"
                + " font-size: 8pt; }"
                + "td { border-bottom: 0.5px solid #d0d7de; padding: 1.2mm 1.5mm; vertical-align: top; font-size: 8pt;"
                + " word-wrap: break-word; }"
                + "tr { page-break-inside: avoid; }"
                + "td.num, th.num { text-align: right; white-space: nowrap; }"
                // a heading wraps in its fixed column rather than run into the next one
                + "th.num { white-space: normal; }"
                + ".id { color: #656d76; font-size: 7pt; }"
                + ".muted { color: #656d76; }"
                + ".title-page { padding-top: 55mm; }"
                + ".title-page .kind { font-size: 11pt; color: #0969da; font-weight: bold; letter-spacing: 0.5pt; }"
                + ".title-page h0 { display: block; font-size: 24pt; font-weight: bold; margin: 4mm 0 10mm 0; }"
                + ".facts td { border: none; padding: 1mm 3mm 1mm 0; font-size: 9.5pt; }"
                + ".facts td.key { color: #656d76; width: 45mm; }"
                + ".figure { font-size: 13pt; font-weight: bold; }"
                + ".box { border: 1px solid #d0d7de; background: #f6f8fa; padding: 3mm; margin: 2mm 0 4mm 0; }"
                + ".notice { border-left: 3px solid #9a6700; background: #fff8c5; padding: 2.5mm 3mm; margin: 0 0 4mm 0; }"
                + ".toc td { border: none; padding: 1.2mm 0; font-size: 10pt; }"
                + ".toc a { color: #1f2328; text-decoration: none; }"
                + "a.page::after { content: target-counter(attr(href), page); }"
                + ".tree-tile { page: tree; page-break-before: always; }"
                + ".tree-tile h1 { page-break-before: avoid; }"
                + ".legend span.swatch { display: inline-block; width: 9mm; margin-right: 1.5mm; vertical-align: middle; }"
                + ".legend span.entry { display: inline-block; white-space: nowrap; }"
                + ".legend { font-size: 8pt; margin-bottom: 2mm; }"
                + ".legend td { border: none; padding: 0 3mm 0 0; font-size: 8pt; }"
                + "object { display: block; }"
                + "ol li { margin-bottom: 1.5mm; }";
    }

    private void titlePage() {
        ReportRequest request = report.request();
        html.append("<div class=\"title-page\"><div class=\"kind\">").append(esc(kind().toUpperCase(Locale.ROOT)))
                .append("</div><h0>").append(esc(title())).append("</h0>");
        html.append("<table class=\"facts\">");
        fact("Model", request.modelName() + " (" + request.tree().id() + ", " + request.tree().size() + " nodes)");
        fact("Date", DAY.format(request.generatedAt().atZone(ZoneOffset.UTC)));
        fact("Cluster context", request.clusterContext() == null ? "none: the model has not been deployed from here"
                : request.clusterContext());
        fact("Observations", report.designTime() ? "none: this is the design-time assessment of the model"
                : windowText());
        fact("Attacker profile", request.profile().name());
        fact("Budget for defences", request.budget() == null ? "not given: every proposal that lowers the risk"
                : ReportNumbers.money(request.budget()));
        html.append("</table>");
        if (!request.tree().description().isBlank()) {
            html.append("<p class=\"muted\" style=\"margin-top: 10mm\">").append(esc(request.tree().description()))
                    .append("</p>");
        }
        html.append("<p class=\"muted\" style=\"margin-top: 20mm; font-size: 8pt\">Made by KSC Workbench. Heat counts"
                + " what the sensors saw, not everything that happened; see Method and caveats.</p></div>");
    }

    private String windowText() {
        ReportRequest request = report.request();
        StringBuilder text = new StringBuilder();
        if (request.windowLabel() != null) {
            text.append(request.windowLabel());
        }
        SessionSummary s = report.sessions();
        if (s != null) {
            text.append(text.length() > 0 ? ": " : "").append(s.sessions()).append(s.sessions() == 1 ? " session" : " sessions")
                    .append(" from ").append(MINUTE.format(s.firstSeen().atZone(ZoneOffset.UTC))).append(" to ")
                    .append(MINUTE.format(s.lastSeen().atZone(ZoneOffset.UTC)));
        }
        if (!request.shared().isEmpty()) {
            text.append(text.length() > 0 ? "; " : "").append("shared sightings from ")
                    .append(String.join(", ", request.shared().origins()));
        }
        return text.toString();
    }

    private void fact(String key, String value) {
        html.append("<tr><td class=\"key\">").append(esc(key)).append("</td><td>").append(esc(value))
                .append("</td></tr>");
    }

    private void contents() {
        html.append("<div class=\"toc\"><h1 id=\"contents\">Contents</h1><table>");
        for (String[] section : SECTIONS) {
            html.append("<tr><td><a href=\"#").append(section[0]).append("\">").append(esc(section[1]))
                    .append("</a></td><td class=\"num\"><a class=\"page\" href=\"#").append(section[0])
                    .append("\"></a></td></tr>");
        }
        html.append("</table></div>");
    }

    private void heading(String id) {
        for (String[] section : SECTIONS) {
            if (section[0].equals(id)) {
                html.append("<h1 id=\"").append(id).append("\">").append(esc(section[1])).append("</h1>");
                return;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private void summary() {
        heading("summary");
        CalibratedTree calibrated = report.calibrated();
        DefencePlan plan = report.plan();
        AttackTree tree = report.request().tree();
        if (report.designTime()) {
            html.append("<p class=\"notice\">No observations: this is the <b>design-time risk assessment</b>. Every"
                    + " figure comes from the modeller's estimates; the intervals show how sure the estimates say"
                    + " they are.</p>");
        } else {
            html.append("<p class=\"notice\">Evidence-based: the estimates are corrected by what attackers were seen"
                    + " to do (").append(esc(windowText())).append(").</p>");
        }
        html.append("<div class=\"box\"><table class=\"facts\">");
        html.append("<tr><td class=\"key\">Probability of the goal</td><td><span class=\"figure\">")
                .append(ReportNumbers.interval(calibrated.rootProbability(), false)).append("</span>")
                .append(" <span class=\"muted\">calibrated, 90 % interval; the estimate alone gives ")
                .append(ReportNumbers.probability(report.evaluation().root().probability())).append("</span></td></tr>");
        if (calibrated.risk() != null) {
            html.append("<tr><td class=\"key\">Current risk</td><td><span class=\"figure\">")
                    .append(ReportNumbers.interval(calibrated.risk(), true)).append("</span> <span class=\"muted\">")
                    .append("probability \u00d7 impact of ").append(ReportNumbers.money(tree.root().impact()))
                    .append("</span></td></tr>");
        }
        html.append("<tr><td class=\"key\">Goal</td><td>").append(esc(tree.root().label())).append("</td></tr>");
        html.append("</table></div>");

        html.append("<h2>The three most likely attack paths</h2>");
        if (report.likely().isEmpty()) {
            html.append("<p>No attack path reaches the goal for this attacker profile.</p>");
        } else {
            html.append("<ol>");
            for (AttackScenario scenario : report.likely().subList(0, Math.min(3, report.likely().size()))) {
                html.append("<li>").append(esc(steps(scenario))).append(" <span class=\"muted\">(p ")
                        .append(ReportNumbers.probability(scenario.probability())).append(", attacker cost ")
                        .append(ReportNumbers.money(scenario.cost())).append(")</span></li>");
            }
            html.append("</ol>");
        }

        html.append("<h2>The best defences for the budget</h2>");
        List<DefenceOption> chosen = plan.options().stream().filter(o -> plan.chosen().contains(o.nodeId())).toList();
        if (plan.proposals().isEmpty()) {
            html.append("<p>The model proposes no defences. Mark a defence node <i>proposed</i>, with a cost and an"
                    + " effectiveness, to get a plan.</p>");
        } else if (chosen.isEmpty()) {
            html.append("<p>No proposed defence fits the budget and lowers the risk.</p>");
        } else {
            html.append("<table>").append(columns(60, 15, 25)).append("<thead><tr><th>Defence</th><th class=\"num\">Cost</th>"
                    + "<th class=\"num\">Risk reduction on its own</th></tr></thead><tbody>");
            for (DefenceOption option : chosen) {
                html.append("<tr><td>").append(esc(option.label())).append("</td><td class=\"num\">")
                        .append(ReportNumbers.money(option.cost())).append("</td><td class=\"num\">")
                        .append(ReportNumbers.risk(option.riskReduction(), money)).append("</td></tr>");
            }
            html.append("</tbody></table>");
            html.append("<p>Together they cost <b>").append(ReportNumbers.money(plan.spent()))
                    .append("</b> and take the risk from ").append(ReportNumbers.risk(plan.riskBefore(), money))
                    .append(" to <b>").append(ReportNumbers.risk(plan.riskAfter(), money)).append("</b>")
                    .append(report.designTime() ? "" : " (computed, not simulated, from the observed steps' calibrated means, so they"
                            + " differ a little from the risk above)")
                    .append(". ").append(planQuality(plan)).append("</p>");
        }
    }

    private static String planQuality(DefencePlan plan) {
        if (plan.exact()) {
            return "This is the best set within the budget: every affordable combination was tried.";
        }
        return "Chosen greedily (more than " + DefenceSelection.EXACT_LIMIT + " proposals fit the budget); no"
                + " combination within it gets below " + ReportNumbers.risk(plan.riskLowerBound(), plan.riskInMoney())
                + ", so at most " + ReportNumbers.risk(plan.gapBound(), plan.riskInMoney()) + " more could be gained.";
    }

    private String steps(AttackScenario scenario) {
        AttackTree tree = report.request().tree();
        return scenario.leaves().stream().map(id -> tree.node(id) == null ? id : tree.node(id).label())
                .collect(Collectors.joining(" \u2192 "));
    }

    private void tree() {
        List<Rectangle2D> parts = tiles.tiles();
        if (tiles.mapped()) {
            html.append("<div class=\"tree-tile\">");
            heading("tree");
            legend(parts.size());
            html.append(String.format(Locale.ROOT,
                    "<object type=\"%s\" data-tile=\"map\" style=\"width: %.1fpx; height: %.1fpx;\"></object>",
                    TREE_OBJECT, tiles.whole().getWidth() * tiles.mapScale(),
                    tiles.whole().getHeight() * tiles.mapScale()));
            html.append("</div>");
        }
        for (int i = 0; i < parts.size(); i++) {
            html.append("<div class=\"tree-tile\">");
            if (i == 0 && !tiles.mapped()) {
                heading("tree");
                legend(parts.size());
            } else {
                html.append("<p class=\"muted\">The attack tree, part ").append(i + 1).append(" of ")
                        .append(parts.size()).append("</p>");
            }
            Rectangle2D part = parts.get(i);
            html.append(String.format(Locale.ROOT,
                    "<object type=\"%s\" data-tile=\"%d\" style=\"width: %.1fpx; height: %.1fpx;\"></object>",
                    TREE_OBJECT, i, part.getWidth() * tiles.scale(), part.getHeight() * tiles.scale()));
            html.append("</div>");
        }
    }

    private void legend(int parts) {
        html.append("<table class=\"legend\"><tr>");
        html.append("<td>Cards: red stripe attack, green stripe defence; a dashed border is a proposed defence"
                + " (\u2713 chosen for the budget); amber cards are the most likely path. On a card, \u201cest p\u201d is the"
                + " modeller's estimate and \u201c=\u201d the probability computed up the tree.").append(parts > 1 ? " The tree is split over " + parts
                + " pages, cut between cards." : "").append(tiles.mapped() ? " Below, the whole tree with the part"
                + " each page holds." : "").append(tiles.overview() ? " The tree is too large to print"
                + " readably: it is drawn whole on this page as vectors, to be zoomed in on screen." : "")
                .append("</td></tr></table>");
        HeatOverlay heat = report.heat();
        if (heat == null) {
            html.append("<p class=\"legend muted\">No heat: no sessions were observed.</p>");
            return;
        }
        if (heat.legend().isEmpty()) {
            html.append("<p class=\"legend muted\">No heat: the sessions reached steps (see the steps table) but"
                    + " traversed no edge of the tree in the window.</p>");
            return;
        }
        html.append("<p class=\"legend\"><b>Heat</b> (distinct sessions per edge, log scale): ");
        for (HeatOverlay.LegendEntry entry : heat.legend()) {
            html.append(String.format(Locale.ROOT,
                    "<span class=\"entry\"><span class=\"swatch\" style=\"border-top: %.1fpx solid %s\">&#160;</span>%s</span> &#160;&#160; ",
                    1.6 * entry.weight(), entry.colour(), esc(entry.label())));
        }
        html.append("</p>");
    }

    private void steps() {
        heading("steps");
        AttackTree tree = report.request().tree();
        html.append("<p>Each attack step with the modeller's estimate, what the sensors saw (k sessions reached the"
                + " step of the n that reached anything under its parent), and the calibrated probability with its"
                + " 90 % credible interval.</p>");
        html.append("<table>").append(columns(28, 11, 12, 19, 30)).append("<thead><tr><th>Step</th><th class=\"num\">Estimate</th><th class=\"num\">Observed k/n</th>"
                + "<th class=\"num\">Calibrated (90 %)</th><th>Trip-wires</th></tr></thead><tbody>");
        for (Node leaf : tree.leaves()) {
            if (leaf.role() != Role.ATTACK) {
                continue;
            }
            CalibratedNode c = report.calibrated().node(leaf.id());
            html.append("<tr><td>").append(esc(leaf.label())).append("<br/><span class=\"id\">").append(esc(leaf.id()))
                    .append("</span></td><td class=\"num\">")
                    .append(leaf.estimates().probability() == null ? "\u2013"
                            : ReportNumbers.probability(leaf.estimates().probability()))
                    .append("</td><td class=\"num\">").append(c == null ? "\u2013" : observed(c))
                    .append("</td><td class=\"num\">")
                    .append(c == null ? "not reachable" : ReportNumbers.interval(c.calibrated(), false))
                    .append("</td><td>").append(esc(leaf.tripwires().stream()
                            .map(t -> t.id() + " (" + (t.kind() == null ? "?" : t.kind().key()) + ")")
                            .collect(Collectors.joining(", ")))).append(leaf.tripwires().isEmpty()
                            ? "<span class=\"muted\">none: no sensor sees this step</span>" : "")
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String observed(CalibratedNode c) {
        if (!c.wasObserved()) {
            return "\u2013";
        }
        if (c.byOrigin().size() == 1 && c.byOrigin().containsKey(io.stormcenter.workbench.analysis.Evidence.OWN)) {
            return c.observed().toString();
        }
        StringBuilder text = new StringBuilder(c.observed().toString());
        for (Map.Entry<String, Count> e : new java.util.TreeMap<>(c.byOrigin()).entrySet()) {
            text.append("<br/><span class=\"id\">").append(esc(e.getKey())).append(": ").append(e.getValue())
                    .append("</span>");
        }
        return text.toString();
    }

    private void scenarios() {
        heading("scenarios");
        html.append("<p>The most likely minimal sets of steps that reach the goal for the attacker profile <i>")
                .append(esc(report.request().profile().name())).append("</i>, by the estimates, with the defences in"
                + " place (proposals not counted).</p>");
        if (report.likely().isEmpty()) {
            html.append("<p>None: the profile cannot reach the goal.</p>");
            return;
        }
        html.append("<table>").append(columns(5, 58, 12, 13, 12)).append("<thead><tr><th class=\"num\">#</th><th>Steps</th><th class=\"num\">Probability</th>"
                + "<th class=\"num\">Attacker cost</th><th class=\"num\">Time</th></tr></thead><tbody>");
        int rank = 1;
        for (AttackScenario scenario : report.likely()) {
            html.append("<tr><td class=\"num\">").append(rank++).append("</td><td>").append(esc(steps(scenario)))
                    .append("</td><td class=\"num\">").append(ReportNumbers.probability(scenario.probability()))
                    .append("</td><td class=\"num\">").append(ReportNumbers.money(scenario.cost()))
                    .append("</td><td class=\"num\">").append(ReportNumbers.hours(scenario.timeHours()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void defences() {
        heading("defences");
        DefencePlan plan = report.plan();
        AttackTree tree = report.request().tree();
        html.append("<p>Proposed defences first, each with the risk it removes on its own and per dollar; then the"
                + " defences in place with the risk they keep away. Risks are ")
                .append(money ? "probability \u00d7 impact, in dollars." : "probabilities (the goal has no impact).")
                .append(" ").append(planQuality(plan)).append("</p>");
        if (plan.options().isEmpty()) {
            html.append("<p>The model has no defences.</p>");
            return;
        }
        html.append("<table>").append(columns(26, 10, 18, 9, 10, 13, 14)).append("<thead><tr><th>Defence</th><th>Status</th><th>Counters</th><th class=\"num\">Effect.</th>"
                + "<th class=\"num\">Cost</th><th class=\"num\">Risk reduction</th><th class=\"num\">Per unit cost</th>"
                + "</tr></thead><tbody>");
        for (DefenceOption option : plan.options()) {
            Node counters = option.countersId() == null ? null : tree.node(option.countersId());
            String status = option.status() == DefenceStatus.PROPOSED
                    ? plan.chosen().contains(option.nodeId()) ? "proposed, chosen" : "proposed" : "in place";
            html.append("<tr><td>").append(esc(option.label()));
            if (option.rationale() != null && !option.rationale().isBlank()) {
                html.append("<br/><span class=\"id\">").append(esc(option.rationale())).append("</span>");
            }
            html.append("</td><td>").append(status).append("</td><td>")
                    .append(counters == null ? "\u2013" : esc(counters.label()))
                    .append("</td><td class=\"num\">").append(ReportNumbers.probability(option.effectiveness()))
                    .append("</td><td class=\"num\">").append(ReportNumbers.money(option.cost()))
                    .append("</td><td class=\"num\">").append(ReportNumbers.risk(option.riskReduction(), money))
                    .append("</td><td class=\"num\">").append(ReportNumbers.ratio(option.reductionPerCost(), money))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void sessions() {
        heading("sessions");
        SessionSummary s = report.sessions();
        if (s == null) {
            html.append("<p>No sessions were observed").append(report.request().shared().isEmpty() ? ""
                    : " by this workbench's own sensors (shared sightings are counted in the steps table)")
                    .append(". Deploy the honeycluster and collect its sensors' events to turn this design-time"
                            + " assessment into an evidence-based one.</p>");
            return;
        }
        html.append("<p><b>").append(s.sessions()).append("</b>").append(s.sessions() == 1 ? " attacker session ("
                : " attacker sessions (").append(s.observations())
                .append(" observations), first seen ").append(MINUTE.format(s.firstSeen().atZone(ZoneOffset.UTC)))
                .append(", last seen ").append(MINUTE.format(s.lastSeen().atZone(ZoneOffset.UTC))).append(".</p>");
        html.append("<h2>By sensor</h2><table>").append(columns(70, 30)).append("<thead><tr><th>Sensor</th><th class=\"num\">Sessions</th></tr></thead><tbody>");
        s.bySource().forEach((source, count) -> html.append("<tr><td>").append(esc(source))
                .append("</td><td class=\"num\">").append(count).append("</td></tr>"));
        html.append("</tbody></table><h2>By day (first seen, UTC)</h2><table>").append(columns(70, 30))
                .append("<thead><tr><th>Day</th>"
                + "<th class=\"num\">Sessions</th></tr></thead><tbody>");
        for (Map.Entry<LocalDate, Integer> day : s.byDay().entrySet()) {
            html.append("<tr><td>").append(day.getKey()).append("</td><td class=\"num\">").append(day.getValue())
                    .append("</td></tr>");
        }
        html.append("</tbody></table><h2>Source addresses</h2><p>").append(s.distinctAddresses())
                .append(" distinct source addresses").append(report.request().anonymise()
                        ? ", shown by network only (anonymised)" : "").append(s.addresses().isEmpty() ? "." : ": ")
                .append(esc(String.join(", ", s.addresses())))
                .append(s.distinctAddresses() > s.addresses().size() ? ", \u2026" : "").append("</p>");
    }

    private void method() {
        heading("method");
        html.append("<h2>What the numbers mean</h2>");
        html.append("<p>The tree combines its steps bottom-up: OR takes 1 \u2212 \u220f(1 \u2212 p), AND and SAND"
                + " take \u220f p, and a defence of effectiveness d leaves p \u00d7 (1 \u2212 d) of the step it"
                + " counters. Risk is the goal's probability times its impact. A proposed defence counts only"
                + " where the plan chooses it.</p>");
        html.append("<h2>Calibration</h2><p>Each estimate p\u2080 with confidence n\u2080 is a Beta(p\u2080n\u2080,"
                + " (1 \u2212 p\u2080)n\u2080) prior (confidence ").append(fmt(io.stormcenter.workbench.analysis
                .Calibration.DEFAULT_CONFIDENCE)).append(" where none is given). A step reached by k of the n"
                + " sessions that reached anything under its parent updates it; a sensor of recall q sees a step"
                + " that happened with chance q, so k ~ Bin(n, p\u00b7q). Others' shared sightings count next to"
                + " one's own and are listed by origin. The goal's interval comes from ")
                .append(report.calibrated().samples()).append(" draws of every step from its posterior (seed ")
                .append(report.calibrated().seed()).append("), so the same inputs give the same report.</p>");
        html.append("<h2>Defences for a budget</h2><p>With up to ").append(DefenceSelection.EXACT_LIMIT)
                .append(" proposals that fit the budget every combination is tried and the best is exact. Beyond,"
                + " a greedy adds the proposal with the most risk reduction per dollar while one fits, and keeps"
                + " the single best proposal instead when that does better; its stated bound is the risk with every"
                + " proposal that fits the budget on its own in place.</p>");
        html.append("<h2>Caveats</h2><ul>"
                + "<li><b>Sensors see what they see.</b> Heat counts the sessions whose steps fired a trip-wire;"
                + " a step without a trip-wire, or one the sensors missed, is not in the counts.</li>"
                + "<li><b>Heat is not prevalence.</b> A honeycluster attracts who finds it: the counts say what"
                + " attackers did here, not how often the same happens to other clusters.</li>"
                + "<li>Sessions are joined by identity, token, process lineage, container and address within a"
                + " time gap: two attackers behind one address may count as one, one attacker changing all of them"
                + " as two.</li>"
                + "<li>The estimates are a modeller's judgement; with few sessions the calibrated figures stay close"
                + " to them, as they should.</li></ul>");
    }

    private void inventory() {
        heading("inventory");
        List<InventoryRow> rows = report.inventory();
        if (rows.isEmpty()) {
            html.append("<p>The model has no trip-wires.</p>");
            return;
        }
        boolean deployed = rows.stream().anyMatch(r -> !r.objects().isEmpty());
        html.append("<p>Every trip-wire, the step it proves and the recall assumed for its sensors.")
                .append(deployed ? " Objects are listed by kind and name; what a honeytoken holds is never printed."
                        : " Not deployed: objects are chosen when the plan is compiled.").append("</p>");
        html.append("<table>").append(deployed ? columns(20, 30, 12, 8, 30) : columns(26, 44, 18, 12))
                .append("<thead><tr><th>Trip-wire</th><th>Step</th><th>Kind</th><th class=\"num\">Recall</th>"
                + (deployed ? "<th>Objects</th>" : "") + "</tr></thead><tbody>");
        for (InventoryRow row : rows) {
            html.append("<tr><td>").append(esc(row.tripwireId())).append("</td><td>").append(esc(row.nodeLabel()))
                    .append("<br/><span class=\"id\">").append(esc(row.nodeId())).append("</span></td><td>")
                    .append(esc(row.kind())).append("</td><td class=\"num\">").append(fmt(row.recall())).append("</td>");
            if (deployed) {
                html.append("<td>").append(esc(String.join(", ", row.objects()))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** The columns' widths in per cent, for the fixed table layout. */
    private static String columns(int... percents) {
        StringBuilder cols = new StringBuilder("<colgroup>");
        for (int percent : percents) {
            cols.append("<col style=\"width: ").append(percent).append("%\"/>");
        }
        return cols.append("</colgroup>").toString();
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
