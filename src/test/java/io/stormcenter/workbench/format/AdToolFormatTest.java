package io.stormcenter.workbench.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Role;
import io.stormcenter.workbench.model.TreeValidator;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdToolFormatTest {

    @Test
    void an_adtree_imports_with_roles_gates_values_and_ids_from_labels() throws Exception {
        ReadResult read = AdToolFormat.fromXml(resource("cluster-admin.xml"), "cluster-admin.xml");
        AttackTree tree = read.tree();

        assertThat(tree.id()).isEqualTo("cluster-admin");
        assertThat(tree.title()).isEqualTo("Cluster Admin");
        assertThat(tree.nodes()).extracting(Node::id).containsExactly("cluster-admin", "kubeconfig", "token",
                "phish-operator", "find-in-repo", "secret-scanning", "brute-force", "api-reachable",
                "second-factor", "oidc-login", "short-tokens", "malware", "browser", "token-2", "phish-operator-2");
        assertThat(tree.root().description()).isEqualTo("Become cluster-admin on the production cluster");
        assertThat(tree.node("kubeconfig").gate()).isEqualTo(Gate.AND);
        assertThat(tree.node("kubeconfig").children()).containsExactly("token", "api-reachable", "second-factor");
        assertThat(tree.node("phish-operator").estimates()).isEqualTo(new Estimates(0.2, null, 500.0, 24.0, 2, null));
        assertThat(tree.node("secret-scanning").role()).isEqualTo(Role.DEFENCE);
        assertThat(tree.node("secret-scanning").estimates().probability()).isEqualTo(0.7);
        assertThat(tree.node("second-factor").role()).isEqualTo(Role.DEFENCE);
        assertThat(tree.node("second-factor").gate()).isEqualTo(Gate.AND);
        assertThat(tree.node("second-factor").estimates().probability())
                .as("derived values are ADTool's computation, not data").isNull();
        assertThat(tree.node("oidc-login").role()).isEqualTo(Role.DEFENCE);
        assertThat(tree.node("malware").role()).isEqualTo(Role.ATTACK);
        assertThat(tree.node("token-2").role()).isEqualTo(Role.ATTACK);
        assertThat(tree.node("token-2").estimates().probability()).isEqualTo(0.05);
        assertThat(TreeValidator.hasErrors(TreeValidator.validate(tree))).isFalse();
    }

    @Test
    void other_domains_are_kept_in_the_notes_and_the_warnings_say_so() throws Exception {
        ReadResult read = AdToolFormat.fromXml(resource("cluster-admin.xml"), "cluster-admin.xml");

        assertThat(read.tree().node("phish-operator").notes()).isEqualTo("ADTool DiffLMH5 (DiffLMH): M");
        assertThat(read.tree().node("find-in-repo").notes()).isEqualTo("ADTool DiffLMH5 (DiffLMH): L");
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w)
                .contains("ADTool domain DiffLMH5 (lu.uni.adtool.domains.adtpredefined.DiffLMH) has no field")
                .contains("2 value(s) are kept in the node notes"));
    }

    @Test
    void a_label_repeated_with_different_values_is_named_in_a_warning() throws Exception {
        ReadResult read = AdToolFormat.fromXml(resource("cluster-admin.xml"), "cluster-admin.xml");

        assertThat(read.tree().node("phish-operator").estimates().probability()).isEqualTo(0.2);
        assertThat(read.tree().node("phish-operator-2").estimates().probability()).isEqualTo(0.4);
        assertThat(read.warnings()).filteredOn(w -> w.contains("label"))
                .singleElement().asString()
                .contains("the label 'Phish Operator' is used by several nodes with different values")
                .contains("ProbSucc1 [0.2, 0.4]");
    }

    @Test
    void infinite_values_leave_the_estimate_unset_with_a_warning() throws Exception {
        ReadResult read = AdToolFormat.fromXml(resource("cluster-admin.xml"), "cluster-admin.xml");

        assertThat(read.tree().node("brute-force").estimates().isEmpty()).isTrue();
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w).contains("1 value(s) of MinCost2 are Infinity"));
    }

    @Test
    void a_sandtree_imports_sequential_refinement_as_sand() throws Exception {
        ReadResult read = AdToolFormat.fromXml(resource("exfiltrate-sand.xml"), "exfiltrate-sand.xml");
        AttackTree tree = read.tree();

        assertThat(tree.node("through-a-pod").gate()).isEqualTo(Gate.SAND);
        assertThat(tree.node("through-a-pod").children()).containsExactly("exec-into-pod", "collect", "upload");
        assertThat(tree.node("collect").gate()).isEqualTo(Gate.AND);
        assertThat(tree.node("upload").estimates().timeHours()).isEqualTo(2.0);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void a_tree_exported_and_imported_keeps_structure_labels_roles_gates_and_the_four_values() throws Exception {
        AttackTree tree = TestTrees.everyField();

        AttackTree back = AdToolFormat.fromXml(AdToolFormat.toXml(tree), "t1.xml").tree();

        assertThat(Shape.of(back)).isEqualTo(Shape.of(tree));
        assertThat(back.node("steal-apiserver-key").description()).isEqualTo("The cluster's signing key.");
    }

    @Test
    void an_adtree_export_declares_the_domains_it_has_values_for() {
        AttackTree tree = new AttackTree("t", "T", "", "a", List.of(
                Node.attack("a", "A & <B>").withGate(Gate.AND).withChildren(List.of("b", "c", "d")),
                Node.attack("b", "B").withEstimates(new Estimates(0.5, null, 20.0, null, 3, null)),
                Node.attack("c", "C").withEstimates(new Estimates(0.25, null, null, null, null, null)),
                Node.defence("d", "D").withEstimates(new Estimates(0.1, null, null, null, null, null))));

        String xml = AdToolFormat.toXml(tree);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adtree>")
                .contains("<node refinement=\"conjunctive\">\n    <label>A &amp; &lt;B&gt;</label>")
                .contains("<node refinement=\"disjunctive\" switchRole=\"yes\">\n      <label>D</label>\n"
                        + "      <parameter domainId=\"ProbSucc1\" category=\"basic\">0.1</parameter>")
                .contains("<parameter domainId=\"MinCost2\" category=\"basic\">20.0</parameter>")
                .contains("<parameter domainId=\"MinSkill3\" category=\"basic\">3</parameter>")
                .contains("<class>lu.uni.adtool.domains.adtpredefined.ProbSucc</class>")
                .contains("<class>lu.uni.adtool.domains.adtpredefined.MinSkill</class>\n    <tool>ADTool2</tool>\n"
                        + "    <range>5</range>")
                .doesNotContain("MinTimePar")
                .endsWith("</adtree>\n");
    }

    @Test
    void a_tree_with_sand_is_written_as_a_sandtree_with_custom_domains_ADTool_accepts() {
        String xml = AdToolFormat.toXml(TestTrees.everyField());

        assertThat(xml).contains("<sandtree>").contains("refinement=\"sequential\"")
                .contains("<class>lu.uni.adtool.domains.sandpredefined.MinTime</class>")
                .contains("<class>lu.uni.adtool.domains.custom.SandRealDomain</class>")
                .contains("<name>ProbSucc</name>").contains("<or>x+y-x*y</or>").contains("<and>x*y</and>")
                .contains("<class>lu.uni.adtool.domains.custom.SandIntDomain</class>");
    }

    @Test
    void export_warnings_name_labels_that_ADTool_would_merge_and_sand_trees_with_defences() {
        AttackTree tree = new AttackTree("t", "T", "", "a", List.of(
                Node.attack("a", "A").withGate(Gate.SAND).withChildren(List.of("b", "c", "d")),
                Node.attack("b", "Phish").withEstimates(Estimates.of(0.2, 10, 1, 1)),
                Node.attack("c", "Phish").withEstimates(Estimates.of(0.4, 10, 1, 1)),
                Node.defence("d", "Train")));

        List<String> warnings = AdToolFormat.exportWarnings(tree);

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("the attack 'Phish' nodes have different values");
        assertThat(warnings.get(1)).contains("SAND gates and defences");
        assertThat(AdToolFormat.exportWarnings(TestTrees.chain(3))).isEmpty();
    }

    @Test
    void a_counter_measure_is_written_as_the_last_child() throws Exception {
        AttackTree tree = new AttackTree("t", "T", "", "a", List.of(
                Node.attack("a", "A").withChildren(List.of("d", "b", "c")),
                Node.defence("d", "D"), Node.attack("b", "B"), Node.attack("c", "C")));

        AttackTree back = AdToolFormat.fromXml(AdToolFormat.toXml(tree), "t.xml").tree();

        assertThat(back.root().children()).containsExactly("b", "c", "d");
        assertThat(back.node("d").role()).isEqualTo(Role.DEFENCE);
    }

    @Test
    void a_root_marked_switch_role_is_read_as_the_attack_goal_with_a_warning() throws Exception {
        String xml = """
                <adtree><node refinement="conjunctive" switchRole="yes"><label>Fraud</label>
                  <node refinement="disjunctive"><label>Prepare</label>
                    <node refinement="disjunctive" switchRole="yes"><label>Verify</label></node></node>
                  <node refinement="disjunctive"><label>Sell</label></node>
                </node></adtree>""";

        ReadResult read = AdToolFormat.fromXml(xml, "fraud.xml");

        assertThat(read.tree().root().role()).isEqualTo(Role.ATTACK);
        assertThat(read.tree().node("prepare").role()).isEqualTo(Role.ATTACK);
        assertThat(read.tree().node("verify").role()).isEqualTo(Role.DEFENCE);
        assertThat(read.warnings()).singleElement().asString().contains("the root is marked switchRole");
    }

    @Test
    void a_chain_100000_levels_deep_writes_and_reads() throws Exception {
        AttackTree chain = TestTrees.chain(100_000);

        byte[] xml = AdToolFormat.toBytes(chain);
        AttackTree back = AdToolFormat.fromBytes(xml, "chain.xml").tree();

        assertThat(back.size()).isEqualTo(100_000);
        assertThat(back.node("step-99999").estimates().probability()).isEqualTo(0.5);
        assertThat(back.parent("step-99999").map(Node::id)).contains("step-99998");
        assertThat(back.node("step-1").gate()).isEqualTo(Gate.SAND);
        assertThat(xml.length).as("indentation is capped, so the file stays linear in depth")
                .isLessThan(100_000 * 200);
    }

    @Test
    void malformed_xml_is_reported_at_its_line_and_column() {
        String xml = "<adtree>\n  <node refinement=\"disjunctive\">\n    <label>A</lable>\n  </node>\n</adtree>";

        assertThatThrownBy(() -> AdToolFormat.fromXml(xml, "bad.xml"))
                .isInstanceOfSatisfying(ModelFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("bad.xml:3:").contains("not well-formed XML")
                            .doesNotContain("ParseError at");
                });
    }

    @Test
    void an_unknown_refinement_and_a_value_that_is_not_a_number_are_refused_where_they_are() {
        String refinement = "<adtree>\n<node refinement=\"xor\"><label>A</label></node></adtree>";
        String value = """
                <adtree><node refinement="disjunctive"><label>A</label>
                <parameter domainId="ProbSucc1" category="basic">likely</parameter></node>
                <domain id="ProbSucc1"><class>lu.uni.adtool.domains.adtpredefined.ProbSucc</class></domain></adtree>""";

        assertThatThrownBy(() -> AdToolFormat.fromXml(refinement, "r.xml"))
                .hasMessageContaining("r.xml:2:").hasMessageContaining("unknown refinement 'xor'");
        assertThatThrownBy(() -> AdToolFormat.fromXml(value, "v.xml"))
                .hasMessageContaining("v.xml:2:")
                .hasMessageContaining("node 'A': the probability (ProbSucc1) must be a number, found 'likely'");
    }

    @Test
    void another_root_element_is_refused() {
        assertThatThrownBy(() -> AdToolFormat.fromXml("<html><body/></html>", "page.xml"))
                .hasMessageContaining("not an ADTool tree: the root element is <html>");
    }

    @Test
    void external_entities_are_never_resolved(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE adtree [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<adtree><node refinement=\"disjunctive\"><label>&xxe;</label></node></adtree>";

        assertThatThrownBy(() -> AdToolFormat.fromXml(xml, "evil.xml"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageNotContaining("TOP-SECRET-CONTENT")
                .hasMessageContaining("evil.xml:2:")
                .hasMessageContaining("declares a DTD");
    }

    @Test
    void the_adtool_bank_account_example_reads_as_ADTool_draws_it() throws Exception {
        Path file = SharedFixtures.file("adtool/BankAccount.xml");

        ReadResult read = TreeFiles.read(file);
        AttackTree tree = read.tree();

        assertThat(tree.size()).isEqualTo(19);
        assertThat(tree.root().label()).isEqualTo("Bank Account");
        assertThat(tree.node("atm").gate()).isEqualTo(Gate.AND);
        assertThat(tree.node("memorize").role()).isEqualTo(Role.DEFENCE);
        assertThat(tree.counter("find-note").map(Node::id)).contains("memorize");
        assertThat(tree.node("2nd-auth-factor").role()).isEqualTo(Role.DEFENCE);
        assertThat(tree.refinements("2nd-auth-factor")).extracting(Node::id).containsExactly("key-fobs", "pin-pad");
        assertThat(tree.counter("2nd-auth-factor").map(Node::id)).contains("malware");
        assertThat(tree.node("os").role()).isEqualTo(Role.ATTACK);
        assertThat(tree.node("pin").children()).containsExactly("eavesdrop", "find-note", "force");
        assertThat(TreeValidator.hasErrors(TreeValidator.validate(tree))).isFalse();
        assertThat(read.warnings()).isEmpty();
        assertThat(Shape.of(AdToolFormat.fromXml(AdToolFormat.toXml(tree), "again.xml").tree()))
                .isEqualTo(Shape.of(tree));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AdToolFormatTest.class.getResourceAsStream("/adtool/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
