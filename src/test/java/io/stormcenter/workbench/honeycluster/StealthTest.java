package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the compiler puts into the cluster does not give the trap away (DESIGN.md, Trip-wires):
 * no tell-tale word in any object of the honey namespace (names, labels, annotations, data,
 * images, commands), whatever the seed; the plan keeps the trip-wire mapping on our side.
 * The real API server test (StealthIT) reads the same with the canaries' own tokens.
 */
class StealthTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private final HoneyclusterCompiler compiler = new HoneyclusterCompiler();
    /** The KSC demo's published SSH image: whoever searches for it finds the honeycluster's repository. */
    private static final String KSC_DEMO_IMAGE = "entlein/";

    private static List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void no_object_an_attacker_can_read_in_any_sample_says_what_it_is_for_any_seed() throws Exception {
        List<Path> samples = samples();
        assertThat(samples).hasSize(4);
        for (Path sample : samples) {
            AttackTree tree = TreeFiles.read(sample).tree();
            for (long seed = 0; seed < 25; seed++) {
                HoneyclusterPlan plan = compiler.compile(tree, CompileOptions.seeded(seed));
                assertThat(TellTales.in(plan.namespace())).as(sample + " namespace").isEmpty();
                for (HasMetadata object : plan.objects()) {
                    // every object, the cluster-wide TracingPolicies and Kubescape binding too: an attacker
                    // who escapes the canary's rights lists those first
                    String text = SERIALIZATION.asJson(object);
                    String what = sample + " seed " + seed + " " + HoneyclusterPlan.key(object) + ": " + text;
                    assertThat(TellTales.in(text)).as(what).isEmpty();
                    assertThat(text).as(what).doesNotContain(plan.deploymentId()).doesNotContain(tree.id())
                            .doesNotContain(KSC_DEMO_IMAGE);
                }
            }
        }
    }

    @Test
    void the_falco_rules_stay_out_of_the_cluster_and_go_to_the_sensor_instead() throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models/container-escape.json")).tree();

        HoneyclusterPlan plan = compiler.compile(tree, CompileOptions.seeded(3));

        assertThat(plan.objects()).noneSatisfy(o -> assertThat(SERIALIZATION.asJson(o)).contains("- rule:"));
        assertThat(plan.objects()).filteredOn(o -> o.getKind().equals("ConfigMap")).isEmpty();
        assertThat(plan.files()).hasKeySatisfying(new org.assertj.core.api.Condition<>(
                name -> name.endsWith("-rules.yaml"), "a Falco rules file"));
    }

    @Test
    void objects_carry_no_trip_wire_label_and_the_plan_maps_each_bait_pod_to_its_trip_wires() throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models/secret-theft.json")).tree();

        HoneyclusterPlan plan = compiler.compile(tree, CompileOptions.seeded(11));

        assertThat(plan.objects()).allSatisfy(o -> assertThat(o.getMetadata().getLabels().keySet())
                .contains("app.kubernetes.io/part-of", "app.kubernetes.io/instance")
                .allSatisfy(key -> assertThat(key).matches("app\\.kubernetes\\.io/(part-of|instance|name)"
                        + "|pod-security\\.kubernetes\\.io/.*")));
        assertThat(plan.workloadTripwires()).containsEntry("app.kubernetes.io/name="
                + Cover.of(tree.id(), 11).baitName(BaitWorkload.SSH, 1), List.of("tw-app-bait", "tw-canary-app-reader"));
    }

    @Test
    void the_same_model_and_seed_look_the_same_and_other_seeds_look_like_other_teams() {
        Cover one = Cover.of("ksc-kubecon-2024", 7);

        assertThat(Cover.of("ksc-kubecon-2024", 7)).isEqualTo(one);
        assertThat(Cover.of("ksc-kubecon-2024", 8).label()).isNotEqualTo(one.label());
        assertThat(Cover.of("secret-theft", 7).label()).isNotEqualTo(one.label());
        assertThat(one.labels()).containsEntry("app.kubernetes.io/part-of", one.application())
                .containsEntry(one.label().key(), one.label().value());
        assertThat(one.label().value()).matches(one.application() + "-[0-9a-f]{5}");
    }

    @Test
    void fake_credentials_never_spell_a_tell_tale_word() {
        for (long seed = 0; seed < 400; seed++) {
            FakeCredentials fake = FakeCredentials.forTripwire(seed, "tw-" + seed);
            assertThat(List.of(fake.awsAccessKeyId(), fake.awsSecretAccessKey(), fake.password(32),
                    fake.bearerToken("system:serviceaccount:platform:sync")))
                    .allSatisfy(value -> assertThat(TellTales.in(value)).as(value).isEmpty());
        }
    }

    @Test
    void a_model_naming_its_canary_or_secret_after_the_trap_gets_a_warning_for_each() {
        AttackTree tree = new AttackTree("m", "", "", "r", List.of(Node.attack("r", "r").withTripwires(List.of(
                new Tripwire("tw-sa", TripwireKind.CANARY_SERVICE_ACCOUNT, Map.of("name", "canary-reader",
                        "plantIn", "configmap:honey-settings")),
                new Tripwire("tw-secret", TripwireKind.HONEYTOKEN, Map.of("secret", "decoy-aws", "flavor", "aws"))))));

        List<Problem> problems = compiler.check(tree, CompileOptions.seeded(1).withNamespace("ksc-lab"));

        assertThat(problems).extracting(Problem::describe).anySatisfy(d -> assertThat(d).contains("'canary-reader'"))
                .anySatisfy(d -> assertThat(d).contains("'honey-settings'"))
                .anySatisfy(d -> assertThat(d).contains("'decoy-aws'"))
                .anySatisfy(d -> assertThat(d).contains("namespace 'ksc-lab'"));
        assertThat(problems).noneMatch(Problem::isError);
    }
}
