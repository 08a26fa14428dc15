package io.stormcenter.workbench.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWriteExceptionTest {

    @TempDir
    Path folder;

    @Test
    void a_missing_folder_is_named_instead_of_the_hidden_temporary_file() {
        Path target = folder.resolve("gone").resolve("model.json");

        assertThatThrownBy(() -> AtomicFileWrite.replace(target, new byte[] {1}))
                .isInstanceOf(FileWriteException.class)
                .hasMessage("the folder " + folder.resolve("gone") + " does not exist")
                .hasMessageNotContaining(".tmp");
    }

    @Test
    void a_file_where_the_folder_should_be_is_said_so() throws IOException {
        Files.writeString(folder.resolve("plain"), "not a folder");

        assertThatThrownBy(() -> AtomicFileWrite.replace(folder.resolve("plain").resolve("model.json"), new byte[] {1}))
                .hasMessage(folder.resolve("plain") + " is a file, not a folder");
    }

    @Test
    void the_file_systems_words_become_what_the_user_can_act_on() {
        Path target = folder.resolve("model.json");
        Path temp = folder.resolve(".model.json.x1.tmp");

        assertThat(FileWriteException.reason(target, new FileSystemException(temp.toString(), null,
                "No space left on device"))).isEqualTo("the disk is full (no space left on the device of " + folder + ")");
        assertThat(FileWriteException.reason(target, new FileSystemException(temp.toString(), null,
                "Disk quota exceeded"))).isEqualTo("the disk quota is used up (" + folder + ")");
        assertThat(FileWriteException.reason(target, new FileSystemException(temp.toString(), null,
                "Read-only file system"))).isEqualTo("the file system of " + folder + " is read-only");
        assertThat(FileWriteException.reason(target, new AccessDeniedException(temp.toString())))
                .isEqualTo("not allowed to write in " + folder);
        assertThat(FileWriteException.reason(target, new IOException("Input/output error")))
                .isEqualTo("Input/output error");
    }
}
