package com.pinfleet.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_key_file_is_created_readable_by_its_owner_only() throws IOException {
        Path file = dir.resolve("master.key");

        SecretKey key = MasterKey.fromFile(file);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(key.getEncoded()).hasSize(32);
        assertThat(key.getAlgorithm()).isEqualTo("AES");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(key.getEncoded());
    }

    @Test
    void an_existing_key_file_gives_the_same_key_again() {
        Path file = dir.resolve("master.key");
        SecretKey created = MasterKey.fromFile(file);

        SecretKey read = MasterKey.fromFile(file);

        assertThat(read.getEncoded()).isEqualTo(created.getEncoded());
    }

    @Test
    void two_new_key_files_hold_different_keys() {
        SecretKey first = MasterKey.fromFile(dir.resolve("first.key"));

        SecretKey second = MasterKey.fromFile(dir.resolve("second.key"));

        assertThat(first.getEncoded()).isNotEqualTo(second.getEncoded());
    }

    @Test
    void a_key_given_as_base64_is_read_with_surrounding_blanks_ignored() {
        byte[] bytes = new byte[32];
        bytes[0] = 42;

        SecretKey key = MasterKey.fromBase64("  " + Base64.getEncoder().encodeToString(bytes) + "\n");

        assertThat(key.getEncoded()).isEqualTo(bytes);
    }

    @Test
    void a_key_of_the_wrong_length_is_refused() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        String long33 = Base64.getEncoder().encodeToString(new byte[33]);

        assertThatThrownBy(() -> MasterKey.fromBase64(short16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("16");
        assertThatThrownBy(() -> MasterKey.fromBase64(long33)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MasterKey.fromBase64("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_key_that_is_not_base64_is_refused() {
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base64");
    }

    @Test
    void a_key_file_with_a_bad_key_is_refused_and_left_alone() throws IOException {
        Path file = dir.resolve("master.key");
        Files.writeString(file, "c2hvcnQ=\n");

        assertThatThrownBy(() -> MasterKey.fromFile(file)).isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readString(file)).isEqualTo("c2hvcnQ=\n");
    }
}
