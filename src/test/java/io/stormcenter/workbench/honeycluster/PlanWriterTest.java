package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterTest {

    @TempDir
    Path folder;

    @Test
    void the_plan_lands_whole_in_a_new_folder_and_no_temporary_folder_is_left() throws Exception {
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(DemoTree.tree(), CompileOptions.seeded(3));
        Path target = folder.resolve("out");

        new PlanWriter().write(plan, target);

        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.count()).isEqualTo(new PlanWriter().render(plan).size());
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void a_folder_that_holds_something_is_never_overwritten() throws Exception {
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(DemoTree.tree(), CompileOptions.seeded(3));
        Path target = Files.createDirectory(folder.resolve("busy"));
        Files.writeString(target.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> new PlanWriter().write(plan, target)).isInstanceOf(DirectoryNotEmptyException.class);
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
    }
}
