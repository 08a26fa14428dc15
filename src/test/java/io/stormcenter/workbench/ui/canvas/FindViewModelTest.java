package io.stormcenter.workbench.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FindViewModelTest {

    private static AttackTree kubecon() throws Exception {
        return TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
    }

    @Test
    void typing_selects_the_first_match_and_next_and_previous_walk_round_the_matches() throws Exception {
        // given the KubeCon sample with its key-reading steps
        EditorViewModel editor = new EditorViewModel(new TreeDocument(kubecon()));
        FindViewModel find = new FindViewModel(editor);
        // when a word is typed
        find.queryProperty().set("key");
        // then the first match in reading order is selected, and the status counts them
        assertThat(find.matches()).isNotEmpty();
        String first = find.matches().get(0);
        assertThat(editor.primary()).isEqualTo(first);
        assertThat(find.statusProperty().get()).isEqualTo("1 of " + find.matches().size());
        // next goes on, previous comes back, and previous from the first wraps to the last
        if (find.matches().size() > 1) {
            find.next();
            assertThat(editor.primary()).isEqualTo(find.matches().get(1));
            find.previous();
        }
        assertThat(editor.primary()).isEqualTo(first);
        find.previous();
        assertThat(editor.primary()).isEqualTo(find.matches().get(find.matches().size() - 1));
        find.next();
        assertThat(editor.primary()).isEqualTo(first);
    }

    @Test
    void typing_on_keeps_the_match_it_is_on_while_that_still_matches() throws Exception {
        // given "pki" typed: the first of the two nodes that name the key's path is selected
        EditorViewModel editor = new EditorViewModel(new TreeDocument(kubecon()));
        FindViewModel find = new FindViewModel(editor);
        find.queryProperty().set("pki");
        assertThat(find.matches()).containsExactly("symlink-key", "read-key-on-node");
        assertThat(editor.primary()).isEqualTo("symlink-key");
        // when more letters narrow nothing away
        find.queryProperty().set("pki/apiserver");
        // then the selection stays where it was
        assertThat(editor.primary()).isEqualTo("symlink-key");
        assertThat(find.statusProperty().get()).isEqualTo("1 of 2");
    }

    @Test
    void a_match_inside_a_collapsed_subtree_is_opened_and_revealed() throws Exception {
        // given a collapsed root: no card below it is shown
        EditorViewModel editor = new EditorViewModel(new TreeDocument(kubecon()));
        editor.toggleCollapsed(editor.document().tree().rootId());
        FindViewModel find = new FindViewModel(editor);
        // when a deep node is searched by id
        find.queryProperty().set("symlink-key");
        // then it is selected, the root opened, and the canvas asked to show it
        assertThat(editor.primary()).isEqualTo("symlink-key");
        assertThat(editor.collapsed()).doesNotContain(editor.document().tree().rootId());
        assertThat(editor.revealRequestProperty().get()).isEqualTo("symlink-key");
    }

    @Test
    void text_that_matches_nothing_says_so_and_keeps_the_selection() throws Exception {
        EditorViewModel editor = new EditorViewModel(new TreeDocument(kubecon()));
        editor.select("steal-apiserver-key");
        FindViewModel find = new FindViewModel(editor);
        find.queryProperty().set("no such words here");
        find.next();
        assertThat(find.statusProperty().get()).isEqualTo("no match");
        assertThat(editor.primary()).isEqualTo("steal-apiserver-key");
    }
}
