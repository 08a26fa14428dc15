package io.stormcenter.workbench.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.StixFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFormatsTest {

    @TempDir
    Path folder;

    private final ModelFormats formats = ModelFormats.builtIn();

    @Test
    void a_native_model_saved_under_an_xml_name_is_read_as_native() throws Exception {
        // given
        AttackTree tree = TestTrees.everyField();
        Path file = Files.write(folder.resolve("misnamed.xml"), NativeFormat.toBytes(tree));

        // when
        ModelFormats.Read read = formats.read(file);

        // then
        assertThat(read.format()).isEqualTo(BuiltInFormat.NATIVE);
        assertThat(read.tree()).isEqualTo(tree);
    }

    @Test
    void an_adtool_tree_saved_under_a_json_name_is_read_as_adtool_and_is_not_lossless() throws Exception {
        Path file = Files.writeString(folder.resolve("tree.json"), "<?xml version=\"1.0\"?>\n<!-- exported -->\n"
                + "<adtree><node refinement=\"disjunctive\"><label>Root</label></node></adtree>");

        ModelFormats.Read read = formats.read(file);

        assertThat(read.format()).isEqualTo(BuiltInFormat.ADTOOL);
        assertThat(read.format().lossless()).isFalse();
        assertThat(read.tree().root().label()).isEqualTo("Root");
    }

    @Test
    void a_stix_bundle_named_json_is_refused_not_read_as_a_model_when_stix_is_not_registered() throws Exception {
        Path file = Files.writeString(folder.resolve("intel.json"),
                "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": []}");

        assertThatThrownBy(() -> formats.read(file)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("is a STIX 2.1 bundle");
    }

    @Test
    void a_registered_format_recognises_its_content_before_the_extension_is_asked() throws Exception {
        // given the STIX format from the package above
        ModelFormat bundles = new StixFormat(Clock.systemUTC());
        ModelFormats withBundles = formats.with(bundles);
        String bundle = "{\"type\": \"bundle\", \"objects\": [{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--1\","
                + " \"name\": \"from a bundle\"}]}";
        Path single = Files.writeString(folder.resolve("one.json"), bundle);
        Path array = Files.writeString(folder.resolve("many.json"), "[" + bundle + ", " + bundle + "]");

        // then
        assertThat(withBundles.read(single).format()).isSameAs(bundles);
        assertThat(withBundles.read(array).format()).isSameAs(bundles);
        assertThat(withBundles.read(array).tree().root().label()).isEqualTo("from a bundle");
    }

    @Test
    void the_longest_matching_extension_chooses_the_format_for_writing() {
        ModelFormat bundles = new StixFormat(Clock.systemUTC());
        ModelFormats withBundles = formats.with(bundles);

        assertThat(withBundles.forFile(Path.of("out.stix.json"))).containsSame(bundles);
        assertThat(withBundles.forFile(Path.of("out.JSON"))).contains(BuiltInFormat.NATIVE);
        assertThat(withBundles.forFile(Path.of("out.yaml"))).isEmpty();
        assertThat(withBundles.unwritable(Path.of("out.yaml")))
                .isEqualTo("cannot tell the format of 'out.yaml': use .json (KSC Workbench), .xml (ADTool 2),"
                        + " .dot (Graphviz) or .stix.json (STIX 2.1)");
    }

    @Test
    void a_broken_native_file_still_gets_the_native_readers_message_by_its_extension() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"ksc-attack-tree\", \"version\": 1,,}");

        assertThatThrownBy(() -> formats.read(file)).isInstanceOfSatisfying(ModelFormatException.class,
                e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void the_signature_reads_only_top_level_members() {
        FileSignature nested = FileSignature.of("{\"nodes\": [{\"type\": \"bundle\"}], \"format\": \"x\"}"
                .getBytes(StandardCharsets.UTF_8));
        FileSignature bomXml = FileSignature.of("\uFEFF<sandtree/>".getBytes(StandardCharsets.UTF_8));

        assertThat(nested.jsonType()).isNull();
        assertThat(nested.jsonFormat()).isEqualTo("x");
        assertThat(bomXml.xmlRoot()).isEqualTo("sandtree");
    }
}
