package com.pinfleet.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void a_hash_is_argon2id_and_matches_its_password() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$");
        assertThat(hash).doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void a_wrong_password_does_not_match() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery stapl", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time_and_both_match() {
        String first = hasher.hash("pässwörd ✓");
        String second = hasher.hash("pässwörd ✓");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("pässwörd ✓", first)).isTrue();
        assertThat(hasher.matches("pässwörd ✓", second)).isTrue();
    }

    @Test
    void a_hash_that_is_not_argon2_matches_nothing() {
        assertThat(hasher.matches("password", "not a hash")).isFalse();
        assertThat(hasher.matches("password", "")).isFalse();
    }
}
