package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: a real process on the shaded jar ({@code mvn verify -Pintegration}). */
@Tag("integration")
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "ksc.jar");

    @TempDir
    Path folder;

    @Test
    void analyze_runs_from_the_jar_and_exits_zero() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by mvn package");
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        Finished run = java("analyze", model.toString(), "--json");

        assertThat(run.code).isZero();
        assertThat(run.out).startsWith("{\"root\":{\"probability\":0.64,\"cost\":90.0,\"time\":2.0,\"skill\":2,");
        assertThat(run.err).isEmpty();
    }

    @Test
    void bad_usage_and_broken_models_give_the_documented_exit_codes() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by mvn package");
        Path broken = Files.writeString(folder.resolve("broken.json"), "{");

        Finished usage = java("analyze");
        Finished malformed = java("analyze", broken.toString());
        Finished version = java("--version");

        assertThat(usage.code).isEqualTo(2);
        assertThat(malformed.code).isEqualTo(1);
        assertThat(malformed.err.lines()).singleElement().asString().startsWith("ksc analyze: ");
        assertThat(version.out).startsWith("KSC Workbench 0.1.0");
    }

    @Test
    void a_word_that_is_not_a_command_is_bad_usage_and_opens_no_window() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by mvn package");
        Path model = CliModels.write(CliModels.defended(), folder.resolve("defended.json"));

        Finished twoWords = java("frobnicate", model.toString());
        Finished oneWord = java("frobnicate");
        Finished badOption = java(model.toString(), "--snapshop", "x.png");

        assertThat(twoWords.code).as(twoWords.err).isEqualTo(2);
        assertThat(twoWords.err).contains("'frobnicate' is neither a command nor a model file", "analyze");
        assertThat(oneWord.code).as(oneWord.err).isEqualTo(2);
        assertThat(badOption.code).as(badOption.err).isEqualTo(2);
        assertThat(badOption.err).contains("unknown option '--snapshop'");
    }

    @Test
    void the_window_renders_a_snapshot_headless_and_exits_for_a_sample_and_for_a_model_with_errors() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by mvn package");
        // a model with errors has no scenarios to light: the picture must still be taken
        Path broken = Files.writeString(folder.resolve("dangling.json"), "{\"format\":\"ksc-attack-tree\",\"version\":1,"
                + "\"id\":\"d\",\"root\":\"a\",\"nodes\":[{\"id\":\"a\",\"label\":\"A\",\"children\":[\"b\",\"c\"]},"
                + "{\"id\":\"b\",\"label\":\"B\"}]}");

        for (Path model : List.of(Path.of("sample-models", "ksc-kubecon-2024.json"), broken)) {
            Path picture = folder.resolve(model.getFileName() + ".png");
            Finished run = java(model.toString(), "--size", "1280x800", "--snapshot", picture.toString());

            assertThat(run.code).as("%s: %s", model, run.err).isZero();
            BufferedImage image = ImageIO.read(picture.toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
            assertThat(image.getHeight()).isEqualTo(800);
        }
    }

    private Finished java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dksc.home=" + folder.resolve("home"), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("ksc did not finish in 120 s: " + command);
        }
        return new Finished(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Finished(int code, String out, String err) {
    }
}
