package io.stormcenter.workbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.CalibratedNode;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Count;
import io.stormcenter.workbench.analysis.Interval;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.model.Node;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analysis as JSON: {@code {"root":{probability,cost,time,skill,risk},"scenarios":[{leaves,
 * probability,cost,time}]}}. What is unreachable (infinite cost or time, no skill suffices) is
 * {@code null}, since JSON has no infinity.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static void write(Evaluation evaluation, List<AttackScenario> scenarios, PrintWriter out) {
        write(evaluation, scenarios, null, out);
    }

    /**
     * With calibrated figures ({@code analyze --store}): {@code "calibrated":{"probability","low","high"}}
     * on the root (and {@code "risk"} likewise when the goal has an impact), and {@code "nodes":[{"id",
     * "estimate","observed":{"reached","opportunities","byOrigin"},"recall","calibrated":{...}}]}.
     */
    static void write(Evaluation evaluation, List<AttackScenario> scenarios, CalibratedTree calibrated,
                      PrintWriter out) {
        NodeValues root = evaluation.root();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeObjectFieldStart("root");
            number(json, "probability", root.probability());
            number(json, "cost", root.cost());
            number(json, "time", root.timeHours());
            if (root.skill() == Integer.MAX_VALUE) {
                json.writeNullField("skill");
            } else {
                json.writeNumberField("skill", root.skill());
            }
            number(json, "risk", evaluation.risk());
            if (calibrated != null) {
                interval(json, "calibrated", calibrated.rootProbability());
                if (calibrated.risk() != null) {
                    interval(json, "calibratedRisk", calibrated.risk());
                }
                json.writeBooleanField("observed", calibrated.hasObservations());
            }
            json.writeEndObject();
            if (calibrated != null) {
                nodes(json, evaluation, calibrated);
            }
            json.writeArrayFieldStart("scenarios");
            for (AttackScenario scenario : scenarios) {
                json.writeStartObject();
                json.writeArrayFieldStart("leaves");
                for (String leaf : scenario.leaves()) {
                    json.writeString(leaf);
                }
                json.writeEndArray();
                number(json, "probability", scenario.probability());
                number(json, "cost", scenario.cost());
                number(json, "time", scenario.timeHours());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void nodes(JsonGenerator json, Evaluation evaluation, CalibratedTree calibrated) throws IOException {
        json.writeArrayFieldStart("nodes");
        for (Node node : evaluation.tree().nodes()) {
            CalibratedNode c = calibrated.node(node.id());
            if (c == null) {
                continue; // not reached from the root, or a proposed defence: not part of the figures
            }
            json.writeStartObject();
            json.writeStringField("id", node.id());
            number(json, "estimate", c.estimate());
            json.writeObjectFieldStart("observed");
            json.writeNumberField("reached", c.observed().reached());
            json.writeNumberField("opportunities", c.observed().opportunities());
            json.writeObjectFieldStart("byOrigin");
            for (Map.Entry<String, Count> origin : new TreeMap<>(c.byOrigin()).entrySet()) {
                json.writeObjectFieldStart(origin.getKey());
                json.writeNumberField("reached", origin.getValue().reached());
                json.writeNumberField("opportunities", origin.getValue().opportunities());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            number(json, "recall", c.recall());
            interval(json, "calibrated", c.calibrated());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void interval(JsonGenerator json, String name, Interval interval) throws IOException {
        json.writeObjectFieldStart(name);
        number(json, "probability".equals(name) || name.equals("calibrated") ? "probability" : "value",
                interval.value());
        number(json, "low", interval.low());
        number(json, "high", interval.high());
        json.writeEndObject();
    }

    /** A number, or null where it has no finite value (JSON has no infinity). */
    static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
