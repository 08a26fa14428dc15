package io.stormcenter.workbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the package rules of DESIGN.md: arrows point one way, only {@code ui} imports JavaFX, the
 * window's own packages form no cycle, view models hold no scene nodes, and the core of the
 * core (model, analysis, layout) is plain Java.
 */
class ArchitectureTest {

    private static final String BASE = "io.stormcenter.workbench";

    /** Each package and the workbench packages it may import (besides itself). */
    private static final Map<String, String[]> ALLOWED = Map.ofEntries(
            Map.entry("model", new String[] {}),
            Map.entry("sensor", new String[] {}),
            Map.entry("analysis", new String[] {"model"}),
            Map.entry("layout", new String[] {"model", "analysis"}),
            Map.entry("format", new String[] {"model"}),
            Map.entry("honeycluster", new String[] {"model", "analysis", "sensor"}),
            Map.entry("kube", new String[] {}),
            Map.entry("deployment", new String[] {"model", "analysis", "format", "sensor", "honeycluster", "kube"}),
            Map.entry("cluster", new String[] {"model", "honeycluster", "sensor", "kube", "deployment"}),
            Map.entry("telemetry", new String[] {"model", "sensor", "format", "honeycluster", "kube", "deployment"}),
            Map.entry("heat", new String[] {"model", "analysis", "sensor", "honeycluster", "kube", "deployment",
                    "telemetry"}),
            // STIX needs the plan's matchers and the sessions: above heat (DESIGN.md)
            Map.entry("stix", new String[] {"model", "analysis", "format", "sensor", "honeycluster", "kube",
                    "deployment", "telemetry", "heat"}),
            // the tree as a picture: above layout, below ui and report (DESIGN.md)
            Map.entry("picture", new String[] {"model", "analysis", "layout"}),
            Map.entry("report", new String[] {"model", "analysis", "layout", "picture", "format", "sensor",
                    "honeycluster", "kube", "deployment", "cluster", "telemetry", "heat"}),
            Map.entry("cli", new String[] {"model", "analysis", "layout", "picture", "format", "sensor", "honeycluster",
                    "kube", "deployment", "cluster", "telemetry", "heat", "stix", "report"}),
            Map.entry("ui", new String[] {"model", "analysis", "layout", "picture", "format", "sensor", "honeycluster",
                    "kube", "deployment", "cluster", "telemetry", "heat", "stix", "report"}));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void each_package_imports_only_the_packages_below_it() {
        ALLOWED.forEach((pkg, allowed) -> {
            String[] permitted = new String[allowed.length + 2];
            permitted[0] = BASE + "." + pkg + "..";
            permitted[1] = "java..";
            for (int i = 0; i < allowed.length; i++) {
                permitted[i + 2] = BASE + "." + allowed[i] + "..";
            }
            classes().that().resideInAPackage(BASE + "." + pkg + "..")
                    .should().onlyDependOnClassesThat(
                            com.tngtech.archunit.base.DescribedPredicate.describe(
                                    "in " + Arrays.toString(permitted) + " or outside the workbench",
                                    c -> !c.getPackageName().startsWith(BASE)
                                            || Arrays.stream(permitted).anyMatch(p -> c.getPackageName()
                                            .startsWith(p.substring(0, p.length() - 2)))))
                    .allowEmptyShould(true)
                    .check(classes);
        });
    }

    @Test
    void only_the_ui_imports_javafx() {
        noClasses().that().resideOutsideOfPackage(BASE + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void only_the_telemetry_sources_speak_kafka() {
        noClasses().that().resideOutsideOfPackage(BASE + ".telemetry.kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
                .check(classes);
    }

    @Test
    void only_the_cli_ends_the_process() {
        noClasses().that().resideOutsideOfPackage(BASE + ".cli..")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    @Test
    void the_core_does_not_import_the_cli_or_the_window() {
        noClasses().that().resideInAnyPackage(BASE + ".model..", BASE + ".analysis..", BASE + ".layout..", BASE + ".picture..",
                        BASE + ".format..", BASE + ".sensor..", BASE + ".honeycluster..", BASE + ".kube..",
                        BASE + ".deployment..", BASE + ".cluster..",
                        BASE + ".telemetry..", BASE + ".heat..", BASE + ".stix..", BASE + ".report..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".cli..", BASE + ".ui..")
                .check(classes);
    }

    @Test
    void the_window_packages_form_no_cycle() {
        // ui itself is one slice and each sub-package another: the window sits on top of its parts
        slices().matching(BASE + ".(ui).(*)..").namingSlices("ui.$2")
                .should().beFreeOfCycles()
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".ui.*..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".ui")
                .because("the window's parts must not reach back up into the window that holds them")
                .check(classes);
    }

    @Test
    void view_models_hold_no_scene_nodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are tested without a screen and expose state as properties")
                .check(classes);
    }

    @Test
    void model_analysis_and_layout_use_only_the_jdk() {
        classes().that().resideInAnyPackage(BASE + ".model..", BASE + ".analysis..", BASE + ".layout..", BASE + ".picture..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + "..")
                .because("the values and the arithmetic of the tree stay free of libraries")
                .check(classes);
    }
}
