package io.stormcenter.workbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.CalibratedNode;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.DefenceOption;
import io.stormcenter.workbench.analysis.DefencePlan;
import io.stormcenter.workbench.analysis.DefenceSelection;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc defences MODEL --budget B}: the proposed defences a budget buys, and what each is worth. */
@Command(name = "defences", sortOptions = false,
        description = {"Chooses the proposed defences that leave the least risk within a budget (exact up to "
                + DefenceSelection.EXACT_LIMIT + " proposals, greedy with a stated bound beyond) and lists every "
                + "defence's risk reduction and its value per unit of cost.",
            "With --store the estimates are first calibrated by the observed sessions."})
final class DefencesCommand implements Callable<Integer> {

    private final ModelFiles models;

    DefencesCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Option(names = "--budget", paramLabel = "B", required = true,
            description = "What the defender can spend on proposed defences, in the model's currency.")
    private double budget;

    @Option(names = "--profile", paramLabel = "NAME", converter = ProfileConverter.class, defaultValue = "any",
            description = "Attacker profile (default: ${DEFAULT-VALUE}).")
    private AttackerProfile profile;

    @Option(names = "--json", description = "Print the plan as JSON.")
    private boolean json;

    @Mixin
    private HeatOptions observations = new HeatOptions();

    @Override
    public Integer call() {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new ParameterException(spec.commandLine(), "--budget must be zero or more, is " + budget);
        }
        ReadResult read = models.read(model);
        AttackTree tree = read.tree();
        Map<String, Double> leaves = new HashMap<>();
        boolean calibrated = false;
        CalibratedTree figures = EvidenceInputs.calibrate(observations, model, read, profile, spec.commandLine());
        if (figures != null) {
            for (CalibratedNode node : figures.nodes().values()) {
                if (node.wasObserved()) {
                    leaves.put(node.nodeId(), node.calibrated().value());
                    calibrated = true;
                }
            }
        }
        DefencePlan plan = new DefenceSelection(tree, profile, leaves).choose(budget);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            json(plan, calibrated, out);
        } else {
            text(tree, plan, calibrated, out);
        }
        out.flush();
        return 0;
    }

    private static void text(AttackTree tree, DefencePlan plan, boolean calibrated, PrintWriter out) {
        String unit = plan.riskInMoney() ? "" : " (probability; the goal has no impact)";
        out.printf(Locale.ROOT, "Budget       %s%n", Figures.money(plan.budget()));
        out.printf(Locale.ROOT, "Risk now     %s%s%s%n", risk(plan.riskBefore(), plan), unit,
                calibrated ? " (calibrated by the observed sessions)" : "");
        out.printf(Locale.ROOT, "Risk after   %s, spending %s%n", risk(plan.riskAfter(), plan), Figures.money(plan.spent()));
        out.println(plan.exact() ? "Exact: every affordable set of proposals was tried."
                : "Greedy: no set within the budget gets below " + risk(plan.riskLowerBound(), plan)
                        + ", so at most " + risk(plan.gapBound(), plan) + " more could be gained.");
        out.println();
        out.printf(Locale.ROOT, "  %-3s %-30s %-10s %10s %12s %14s%n", "", "defence", "status", "cost", "reduction",
                "per unit cost");
        for (DefenceOption o : plan.options()) {
            out.printf(Locale.ROOT, "  %-3s %-30s %-10s %10s %12s %14s%n", plan.chosen().contains(o.nodeId()) ? "*" : "",
                    o.nodeId(), o.status().key(), o.hasCost() ? Figures.money(o.cost()) : "-",
                    risk(o.riskReduction(), plan), perCost(o));
        }
        out.println();
        out.println("* chosen for the budget; the reduction of a proposal is what it removes on its own, of a defence in "
                + "place what removing it would add.");
    }

    private static String risk(double value, DefencePlan plan) {
        return plan.riskInMoney() ? Figures.money(value) : Figures.probability(value);
    }

    private static String perCost(DefenceOption o) {
        if (Double.isNaN(o.reductionPerCost())) {
            return "no cost";
        }
        return Double.isInfinite(o.reductionPerCost()) ? "free"
                : String.format(Locale.ROOT, "%.4g", o.reductionPerCost());
    }

    /**
     * {@code {"budget","spent","riskBefore","riskAfter","exact","riskLowerBound","riskInMoney","calibrated",
     * "chosen":[ids],"defences":[{"id","label","status","cost","effectiveness","counters","riskReduction",
     * "reductionPerCost","chosen"}]}}; what has no finite value is null.
     */
    private static void json(DefencePlan plan, boolean calibrated, PrintWriter out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            AnalysisJson.number(json, "budget", plan.budget());
            AnalysisJson.number(json, "spent", plan.spent());
            AnalysisJson.number(json, "riskBefore", plan.riskBefore());
            AnalysisJson.number(json, "riskAfter", plan.riskAfter());
            json.writeBooleanField("exact", plan.exact());
            AnalysisJson.number(json, "riskLowerBound", plan.riskLowerBound());
            json.writeBooleanField("riskInMoney", plan.riskInMoney());
            json.writeBooleanField("calibrated", calibrated);
            json.writeArrayFieldStart("chosen");
            for (DefenceOption o : plan.options()) {
                if (plan.chosen().contains(o.nodeId())) {
                    json.writeString(o.nodeId());
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("defences");
            for (DefenceOption o : plan.options()) {
                json.writeStartObject();
                json.writeStringField("id", o.nodeId());
                json.writeStringField("label", o.label());
                json.writeStringField("status", o.status() == DefenceStatus.PROPOSED ? "proposed" : "in-place");
                AnalysisJson.number(json, "cost", o.cost());
                AnalysisJson.number(json, "effectiveness", o.effectiveness());
                if (o.countersId() == null) {
                    json.writeNullField("counters");
                } else {
                    json.writeStringField("counters", o.countersId());
                }
                AnalysisJson.number(json, "riskReduction", o.riskReduction());
                AnalysisJson.number(json, "reductionPerCost", o.reductionPerCost());
                json.writeBooleanField("chosen", plan.chosen().contains(o.nodeId()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
