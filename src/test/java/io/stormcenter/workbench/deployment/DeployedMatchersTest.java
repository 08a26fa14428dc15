package io.stormcenter.workbench.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanWriter;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Later matching uses the plan as deployed, kept in the record, not the model as edited since. */
class DeployedMatchersTest {

    @TempDir
    Path folder;

    private static HoneyclusterPlan compiled(AttackTree tree) throws Exception {
        return new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(9)
                .withWorkbenchIdentities(List.of("workbench-status")));
    }

    private static DeploymentRecord recordOf(HoneyclusterPlan plan) {
        return new DeploymentRecord(plan.deploymentId(), plan.modelId(), "abc", "kind-dev", "https://127.0.0.1:6443",
                null, plan.namespace(), plan.seed(), List.of(new ObjectRef("v1", "Namespace", null, plan.namespace())),
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:00:05Z"), DeploymentState.DEPLOYED,
                null, plan.label(), DeployedPlan.of(plan).orElseThrow());
    }

    @Test
    void the_record_file_keeps_the_plan_as_deployed_and_its_matchers_come_back_from_it() throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
        HoneyclusterPlan plan = compiled(tree);
        DeploymentRecordFile file = DeploymentRecordFile.nextTo(folder.resolve("tree.json"));

        file.save(recordOf(plan));
        DeploymentRecord loaded = file.load().orElseThrow();
        DeployedMatchers matchers = DeployedMatchers.of(loaded);

        assertThat(loaded.label()).isEqualTo(plan.label());
        assertThat(loaded.plan().options()).isEqualTo(plan.source().options());
        assertThat(matchers.drift()).isEmpty();
        assertThat(PlanWriter.planJson(matchers.plan())).isEqualTo(PlanWriter.planJson(plan));
        assertThat(matchers.index().entries()).extracting(e -> e.tripwireId())
                .containsExactlyElementsOf(plan.index().entries().stream().map(e -> e.tripwireId()).toList());
        assertThat(Files.readString(file.file())).contains("\"version\" : 2", "\"matchSemantics\"");
    }

    @Test
    void editing_the_model_after_the_deploy_does_not_change_what_is_matched() throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models/secret-theft.json")).tree();
        DeploymentRecord record = recordOf(compiled(tree));
        AttackTree edited = tree.withId("secret-theft-edited");

        DeployedMatchers matchers = DeployedMatchers.of(record);

        assertThat(matchers.plan().modelId()).isEqualTo("secret-theft").isNotEqualTo(edited.id());
        assertThat(matchers.plan().namespace()).isEqualTo(record.namespace());
    }

    @Test
    void a_compiler_that_now_matches_differently_is_named_trip_wire_by_trip_wire() throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models/secret-theft.json")).tree();
        HoneyclusterPlan plan = compiled(tree);
        DeploymentRecord honest = recordOf(plan);
        String tampered = honest.plan().planJson().replace("\"tw-aws-honeytoken\"", "\"tw-aws-old\"");
        DeploymentRecord record = new DeploymentRecord(honest.id(), honest.modelId(), honest.modelHash(),
                honest.context(), honest.server(), null, honest.namespace(), honest.seed(), honest.objects(),
                honest.deployedAt(), honest.updatedAt(), honest.state(), null, honest.label(),
                new DeployedPlan(honest.plan().tree(), honest.plan().options(), tampered));

        assertThat(DeployedMatchers.of(record).drift()).containsExactly(
                "trip-wire tw-aws-honeytoken was not deployed", "trip-wire tw-aws-old was deployed but is no longer made");
    }

    @Test
    void a_record_of_an_older_workbench_has_no_plan_and_says_to_deploy_again() {
        DeploymentRecord old = new DeploymentRecord("dep-1", "m", "h", "kind-dev", "https://127.0.0.1:6443", null,
                "orders-live", 1, List.of(), Instant.now(), Instant.now(), DeploymentState.DEPLOYED, null, null, null);

        assertThat(old.label()).isEqualTo(DeploymentLabels.legacy("dep-1"));
        assertThatThrownBy(() -> DeployedMatchers.of(old)).isInstanceOf(ClusterException.class)
                .hasMessageContaining("deploy it again");
    }

    @Test
    void a_version_1_record_file_still_reads_with_the_label_it_was_deployed_with() throws Exception {
        Path file = folder.resolve("old.deploy.json");
        Files.writeString(file, """
                {"format": "ksc-deployment", "version": 1, "id": "kubecon-1a2b3c4d", "model": "ksc-kubecon-2024",
                 "modelSha256": "abc", "state": "DEPLOYED", "context": "kind-dev", "server": "https://127.0.0.1:6443",
                 "kubeconfig": null, "namespace": "ksc-kubecon-2024", "seed": 1,
                 "deployedAt": "2026-11-27T05:00:00Z", "updatedAt": "2026-11-27T05:00:00Z", "problem": null,
                 "objects": [{"apiVersion": "v1", "kind": "Namespace", "name": "ksc-kubecon-2024"}]}
                """);

        DeploymentRecord record = new DeploymentRecordFile(file).load().orElseThrow();

        assertThat(record.label().selector()).isEqualTo("stormcenter.io/deployment=kubecon-1a2b3c4d");
        assertThat(record.plan()).isNull();
        assertThat(Map.of("stormcenter.io/deployment", "kubecon-1a2b3c4d")).satisfies(labels ->
                assertThat(DeploymentLabels.belongTo(labels, record.label())).isTrue());
    }

    @Test
    void a_tripwire_list_is_compared_by_value_not_by_text() throws Exception {
        AttackTree tree = TreeFiles.read(Path.of("sample-models/cryptomining.json")).tree();
        DeploymentRecord record = recordOf(compiled(tree));
        String compact = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(record.plan().planJson()).toString();
        DeploymentRecord recompacted = new DeploymentRecord(record.id(), record.modelId(), record.modelHash(),
                record.context(), record.server(), null, record.namespace(), record.seed(), record.objects(),
                record.deployedAt(), record.updatedAt(), record.state(), null, record.label(),
                new DeployedPlan(record.plan().tree(), record.plan().options(), compact));

        assertThat(DeployedMatchers.of(recompacted).drift()).isEmpty();
    }
}
