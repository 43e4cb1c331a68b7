package com.pinfleet.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.files.DataDirectory;
import com.pinfleet.application.files.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDataDirectoryTest {

    @TempDir
    Path root;

    @Test
    void names_what_a_folder_holds_in_sorted_order_with_the_spelling_on_disk() throws IOException {
        write("Accounts/SyncNew_Case2/cookies.json", "{}");
        write("Accounts/mindfulrecipes/Cookies.JSON", "{}");
        write("Accounts/notes.txt", "hello");
        DataDirectory directory = new LocalDataDirectory(root);

        assertThat(directory.names("")).containsExactly("Accounts");
        assertThat(directory.names("Accounts")).containsExactly("SyncNew_Case2", "mindfulrecipes", "notes.txt");
        assertThat(directory.names("Accounts/mindfulrecipes")).containsExactly("Cookies.JSON");
    }

    @Test
    void names_nothing_in_a_folder_that_is_not_there() throws IOException {
        write("Accounts/notes.txt", "hello");
        DataDirectory directory = new LocalDataDirectory(root);

        assertThat(directory.names("Accounts/nobody")).isEmpty();
        assertThat(directory.names("Accounts/notes.txt")).isEmpty();
    }

    @Test
    void reads_a_file_by_its_path() throws IOException {
        write("Accounts/SyncNew_Case2/cookies.json", "{\"access_token\": \"x\"}");
        DataDirectory directory = new LocalDataDirectory(root);

        UploadedFile file = directory.read("Accounts/SyncNew_Case2/cookies.json").orElseThrow();

        assertThat(file.name()).isEqualTo("Accounts/SyncNew_Case2/cookies.json");
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("{\"access_token\": \"x\"}");
    }

    @Test
    void refuses_paths_that_leave_the_directory() {
        DataDirectory directory = new LocalDataDirectory(root.resolve("data"));

        assertThatThrownBy(() -> directory.names("../")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.read("Accounts/../../secret")).isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
