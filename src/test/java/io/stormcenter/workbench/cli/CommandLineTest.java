package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** validate, convert, help, version and usage errors. */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void a_valid_model_passes_validation_with_its_warnings_listed() throws Exception {
        AttackTree tree = CliModels.defended();
        tree = tree.withNode(tree.node("b").withChildren(List.of("b1", "d"))).removeSubtree("b2");
        Path model = CliModels.write(tree, folder.resolve("warned.json"));

        CliRun run = CliRun.of("validate", model.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("WARNING node 'b' gate: the AND gate has a single child",
                "0 errors, 1 warning - valid");
    }

    @Test
    void validation_errors_name_node_and_field_and_fail() throws Exception {
        AttackTree tree = CliModels.defended();
        tree = tree.withNode(tree.node("a").withEstimates(Estimates.of(1.5, 100, 2, 7)));
        Path model = CliModels.write(tree, folder.resolve("wrong.json"));

        CliRun run = CliRun.of("validate", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ERROR node 'a' estimates.probability: must lie in 0..1, is 1.5",
                "ERROR node 'a' estimates.skill: must lie in 1..5, is 7", "2 errors");
    }

    @Test
    void convert_goes_through_adtool_and_back_without_losing_values() throws Exception {
        Path json = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));
        Path xml = folder.resolve("defended.xml");
        Path back = folder.resolve("back.json");

        CliRun toXml = CliRun.of("convert", json.toString(), xml.toString());
        CliRun toJson = CliRun.of("convert", xml.toString(), back.toString());
        CliRun analysed = CliRun.of("analyze", back.toString(), "--json");

        assertThat(toXml.exitCode()).isZero();
        assertThat(toXml.out()).contains("Wrote " + xml + " (7 nodes)");
        assertThat(Files.readString(xml)).contains("<adtree");
        assertThat(toJson.exitCode()).isZero();
        // ADTool names nodes by label and has no impact: compare the numbers, not ids and risk
        assertThat(numbersOnly(analysed.out())).isEqualTo(numbersOnly(CliRun.of("analyze", json.toString(), "--json").out()));
    }

    private static String numbersOnly(String analysis) {
        return analysis.replaceAll("\"leaves\":\\[[^]]*]", "").replaceAll("\"risk\":[0-9.]+", "");
    }

    @Test
    void convert_writes_graphviz() throws Exception {
        Path json = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));
        Path dot = folder.resolve("defended.dot");

        CliRun run = CliRun.of("convert", json.toString(), dot.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dot)).contains("digraph");
        assertThat(TreeFiles.read(json).tree()).isEqualTo(CliModels.defended());
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "validate", "convert"})
    void every_command_has_help(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: ksc " + command, "-h, --help", "-V, --version");
    }

    @Test
    void version_is_printed_by_the_root_and_by_commands() {
        assertThat(CliRun.of("--version").out()).startsWith("KSC Workbench ");
        assertThat(CliRun.of("analyze", "--version").out()).startsWith("KSC Workbench ");
    }

    @Test
    void top_level_help_lists_the_commands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("analyze", "validate", "convert", "help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "analyze", "frobnicate", "convert only-one.json", "analyze m.json --by beauty"})
    void bad_usage_exits_with_two_and_explains_on_stderr(String line) {
        CliRun run = CliRun.of(line.isEmpty() ? new String[0] : line.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isNotBlank();
        assertThat(run.out()).isEmpty();
    }
}
