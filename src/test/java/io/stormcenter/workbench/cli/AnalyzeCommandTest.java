package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.model.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path folder;

    @Test
    void prints_the_root_values_with_units_then_the_most_likely_scenarios() throws Exception {
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        CliRun run = CliRun.of("analyze", model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Goal         Reach the goal",
                "Probability  0.6400",
                "Cost         90 (currency units, cheapest attack)",
                "Time         2 h (fastest attack)",
                "Skill        2 of 5",
                "Risk         640 (probability x impact 1,000)",
                "Top 2 attack scenarios, most likely first");
        List<String> table = run.out().lines().dropWhile(line -> !line.contains("steps")).toList();
        assertThat(table).containsExactly(
                "#  probability  cost  time  steps",
                "1       0.5000   100   2 h  Walk in [a]",
                "2       0.2800    90   4 h  First step [b1]; Second step [b2]");
    }

    @Test
    void json_has_the_root_and_the_scenarios_in_the_documented_shape() throws Exception {
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        CliRun run = CliRun.of("analyze", model.toString(), "--json", "--by", "cost", "--top", "1");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("root", "scenarios");
        JsonNode root = json.get("root");
        assertThat(root.fieldNames()).toIterable().containsExactly("probability", "cost", "time", "skill", "risk");
        assertThat(root.get("probability").asDouble()).isCloseTo(0.64, within(1e-9));
        assertThat(root.get("cost").asDouble()).isEqualTo(90);
        assertThat(root.get("time").asDouble()).isEqualTo(2);
        assertThat(root.get("skill").asInt()).isEqualTo(2);
        assertThat(root.get("risk").asDouble()).isCloseTo(640, within(1e-9));
        JsonNode scenario = json.get("scenarios").get(0);
        assertThat(json.get("scenarios")).hasSize(1);
        assertThat(scenario.fieldNames()).toIterable().containsExactly("leaves", "probability", "cost", "time");
        assertThat(scenario.get("leaves").toString()).isEqualTo("[\"b1\",\"b2\"]");
        assertThat(scenario.get("cost").asDouble()).isEqualTo(90);
    }

    @Test
    void json_says_null_for_what_cannot_be_reached() throws Exception {
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        CliRun run = CliRun.of("analyze", model.toString(), "--json", "--profile", "script-kiddie");

        JsonNode root = new ObjectMapper().readTree(run.out()).get("root");
        assertThat(run.exitCode()).isZero();
        assertThat(root.get("probability").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(root.get("cost").asDouble()).isEqualTo(100);
        JsonNode only = new ObjectMapper().readTree(run.out()).get("scenarios");
        assertThat(only).hasSize(1);
    }

    @Test
    void a_profile_prunes_what_the_attacker_cannot_afford() throws Exception {
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        CliRun run = CliRun.of("analyze", model.toString(), "--profile", "Cybercriminal", "--by", "time");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Attacker     Cybercriminal (per step at most 5,000 currency units, skill 3, 168 h)",
                "Probability  0.6200", "Cost         100 (currency units, cheapest attack)", "fastest first");
        assertThat(run.out()).contains("0.2400  blocked  blocked  First step [b1]; Second step [b2]",
                "blocked: no sure way past a defence that no attack counters");
    }

    @Test
    void an_unknown_profile_is_bad_usage_and_names_the_known_ones() throws Exception {
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        CliRun run = CliRun.of("analyze", model.toString(), "--profile", "martian");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown attacker profile 'martian'",
                "any, script-kiddie, cybercriminal, insider, nation-state");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_negative_top_is_bad_usage() throws Exception {
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        CliRun run = CliRun.of("analyze", model.toString(), "--top", "-3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--top must be 0 or more");
    }

    @Test
    void a_malformed_model_fails_with_one_line_and_no_stack_trace() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"ksc-attack-tree\", \"version\": 1,,}");

        CliRun run = CliRun.of("analyze", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("ksc analyze: " + broken);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_missing_model_fails_with_one_line() {
        CliRun run = CliRun.of("analyze", folder.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("ksc analyze: " + folder.resolve("nowhere.json") + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void a_model_with_errors_is_not_analysed() throws Exception {
        Path model = CliModels.write(CliModels.defended().withNode(Node.attack("a", "Walk in").withChild("ghost")),
                folder.resolve("dangling.json"));

        CliRun run = CliRun.of("analyze", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("1 error", "child 'ghost' does not exist", "ksc validate");
    }
}
