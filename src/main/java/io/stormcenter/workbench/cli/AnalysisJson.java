package io.stormcenter.workbench.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.analysis.NodeValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The analysis as JSON: {@code {"root":{probability,cost,time,skill,risk},"scenarios":[{leaves,
 * probability,cost,time}]}}. What is unreachable (infinite cost or time, no skill suffices) is
 * {@code null}, since JSON has no infinity.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    static void write(Evaluation evaluation, List<AttackScenario> scenarios, PrintWriter out) {
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
            json.writeEndObject();
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

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
