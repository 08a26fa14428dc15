package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPreviewTest {

    @Test
    void the_preview_groups_every_object_with_its_yaml_and_the_nodes_it_serves() {
        PlanPreview preview = PlanPreview.of(DemoTree.tree(), CompileOptions.seeded(1));

        assertThat(preview.plan()).isNotNull();
        assertThat(preview.groups()).extracting(PlanPreview.Group::title).containsExactly("Namespace and containment",
                "Canary accounts", "Honeytokens", "Bait workloads", "Tetragon policies", "Files for the operator");
        long objects = preview.groups().stream().flatMap(g -> g.items().stream()).filter(i -> !i.kind().equals("File")).count();
        assertThat(objects).isEqualTo(preview.plan().objects().size());
        assertThat(preview.keysForNode("list-secrets")).hasSize(2).contains("Secret/aws-billing-export")
                .anyMatch(k -> k.matches("TracingPolicyNamespaced/[a-z]+-file-access-[0-9a-f]{6}"));
        String bait = preview.plan().objects().stream().filter(o -> o.getKind().equals("Pod")).findFirst().orElseThrow()
                .getMetadata().getName();
        assertThat(preview.keysForNode("ssh-bait")).contains("Pod/" + bait, "Service/" + bait)
                .anyMatch(k -> k.matches("TracingPolicyNamespaced/[a-z]+-tcp-accept-[0-9a-f]{6}"));
        assertThat(preview.groups().get(0).items().get(0).yaml()).contains("kind: \"Namespace\"");
        assertThat(preview.coverage().unobservedLeaves()).containsExactly("nsenter");
        assertThat(preview.suggestionsFor("nsenter")).hasSize(2);
    }

    @Test
    void a_refused_model_gives_its_problems_and_still_coverage_and_suggestions() {
        AttackTree bare = AttackTree.single("bare", "b", Node.attack("root", "r").withTechniques(List.of("T1611")));

        PlanPreview preview = PlanPreview.of(bare, CompileOptions.seeded(1));

        assertThat(preview.plan()).isNull();
        assertThat(preview.groups()).isEmpty();
        assertThat(preview.problems()).anySatisfy(p -> assertThat(p.message()).contains("no trip-wires"));
        assertThat(preview.coverage().unobservedLeaves()).containsExactly("root");
        assertThat(preview.suggestionsFor("root")).isNotEmpty();
    }
}
