package io.stormcenter.workbench.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeFilesTest {

    @TempDir
    Path folder;

    @Test
    void saving_replaces_the_file_and_keeps_the_previous_one_as_bak() throws Exception {
        Path file = folder.resolve("model.json");
        AttackTree first = TestTrees.everyField();
        AttackTree second = first.withTitle("Second version");

        TreeFiles.write(first, file);
        TreeFiles.write(second, file);

        assertThat(TreeFiles.read(file).tree()).isEqualTo(second);
        assertThat(NativeFormat.fromBytes(Files.readAllBytes(folder.resolve("model.json.bak")), "bak").tree())
                .isEqualTo(first);
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("model.json", "model.json.bak");
    }

    @Test
    void the_first_save_makes_no_backup_and_leaves_no_temporary_file() throws Exception {
        Path file = folder.resolve("new.json");

        TreeFiles.write(TestTrees.everyField(), file);

        assertThat(filesIn(folder)).containsExactly("new.json");
    }

    @Test
    void a_failed_save_leaves_the_old_file_untouched_and_no_temporary_file() throws Exception {
        Path file = folder.resolve("model.json");
        TreeFiles.write(TestTrees.everyField(), file);
        byte[] before = Files.readAllBytes(file);
        // a folder where the backup must go makes the save fail after the new content is written
        Files.createDirectories(folder.resolve("model.json.bak").resolve("occupied"));

        assertThatThrownBy(() -> TreeFiles.write(TestTrees.chain(3), file)).isInstanceOf(IOException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactlyInAnyOrder("model.json", "model.json.bak");
    }

    @Test
    void a_tree_that_cannot_be_written_does_not_touch_the_file() throws Exception {
        Path file = folder.resolve("model.xml");
        Files.writeString(file, "<adtree/>");
        AttackTree rootless = new AttackTree("t", "T", "", "missing", List.of(Node.attack("a", "A")));

        assertThatThrownBy(() -> TreeFiles.write(rootless, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the root 'missing' is not a node of the tree");

        assertThat(Files.readString(file)).isEqualTo("<adtree/>");
        assertThat(filesIn(folder)).containsExactly("model.xml");
    }

    @Test
    void a_replaced_file_keeps_its_permissions() throws Exception {
        Path file = folder.resolve("shared.json");
        TreeFiles.write(TestTrees.everyField(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        TreeFiles.write(TestTrees.chain(2), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void the_extension_chooses_the_format() throws Exception {
        AttackTree tree = TestTrees.everyField();

        TreeFiles.write(tree, folder.resolve("m.json"));
        TreeFiles.write(tree, folder.resolve("m.XML"));
        TreeFiles.write(tree, folder.resolve("m.dot"));

        assertThat(Files.readString(folder.resolve("m.json"))).startsWith("{\n  \"format\": \"ksc-attack-tree\"");
        assertThat(Files.readString(folder.resolve("m.XML"))).contains("<sandtree>");
        assertThat(Files.readString(folder.resolve("m.dot"))).startsWith("digraph \"t1\" {");
        assertThat(Shape.of(TreeFiles.read(folder.resolve("m.XML")).tree())).isEqualTo(Shape.of(tree));
    }

    @Test
    void dot_files_are_export_only_and_unknown_extensions_are_refused() throws Exception {
        Path dot = Files.writeString(folder.resolve("m.dot"), "digraph {}");
        Path txt = Files.writeString(folder.resolve("m.txt"), "");

        assertThatThrownBy(() -> TreeFiles.read(dot)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("Graphviz DOT is export-only");
        assertThatThrownBy(() -> TreeFiles.read(txt)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("expected .json (KSC Workbench) or .xml (ADTool 2)");
        assertThatThrownBy(() -> TreeFiles.write(TestTrees.chain(1), folder.resolve("m.yaml")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m.yaml");
    }

    @Test
    void a_malformed_file_on_disk_names_the_file_line_and_column() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\n  \"format\": \"ksc-attack-tree\",\n  \"version\": 1,,\n}");

        assertThatThrownBy(() -> TreeFiles.read(file)).isInstanceOfSatisfying(ModelFormatException.class, e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(16);
        });
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
