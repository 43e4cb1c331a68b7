package com.pinfleet.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.security.SecretUnreadableException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {

    private static final byte[] PLAINTEXT = "{\"access_token\":\"secret\"}".getBytes(StandardCharsets.UTF_8);
    private static final String CONTEXT = "account/7/cookies";

    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(key(1));

    @Test
    void what_was_encrypted_decrypts_to_the_same_bytes() {
        byte[] sealed = cipher.encrypt(PLAINTEXT, CONTEXT);

        assertThat(cipher.decrypt(sealed, CONTEXT)).isEqualTo(PLAINTEXT);
    }

    @Test
    void large_and_empty_plaintexts_round_trip() {
        byte[] large = new byte[1024 * 1024];
        new Random(7).nextBytes(large);

        byte[] sealedLarge = cipher.encrypt(large, CONTEXT);
        byte[] sealedEmpty = cipher.encrypt(new byte[0], CONTEXT);

        assertThat(cipher.decrypt(sealedLarge, CONTEXT)).isEqualTo(large);
        assertThat(cipher.decrypt(sealedEmpty, CONTEXT)).isEmpty();
    }

    @Test
    void the_ciphertext_does_not_contain_the_plaintext() {
        byte[] sealed = cipher.encrypt(PLAINTEXT, CONTEXT);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("secret");
        assertThat(sealed.length).isGreaterThan(PLAINTEXT.length);
    }

    @Test
    void encrypting_the_same_plaintext_twice_gives_different_ciphertexts() {
        byte[] first = cipher.encrypt(PLAINTEXT, CONTEXT);
        byte[] second = cipher.encrypt(PLAINTEXT, CONTEXT);

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
    }

    @Test
    void a_secret_moved_to_another_context_cannot_be_read() {
        byte[] sealed = cipher.encrypt(PLAINTEXT, CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "account/8/cookies"))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("account/8/cookies");
    }

    @Test
    void any_flipped_byte_makes_the_secret_unreadable() {
        byte[] sealed = cipher.encrypt(PLAINTEXT, CONTEXT);

        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;

            assertThatThrownBy(() -> cipher.decrypt(altered, CONTEXT))
                    .as("byte %d flipped", i)
                    .isInstanceOf(SecretUnreadableException.class);
        }
    }

    @Test
    void a_truncated_or_empty_ciphertext_is_unreadable() {
        byte[] sealed = cipher.encrypt(PLAINTEXT, CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(sealed, sealed.length - 1), CONTEXT))
                .isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(sealed, 13), CONTEXT))
                .isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt(new byte[0], CONTEXT))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void another_key_cannot_read_the_secret() {
        byte[] sealed = cipher.encrypt(PLAINTEXT, CONTEXT);

        assertThatThrownBy(() -> new AesGcmSecretCipher(key(2)).decrypt(sealed, CONTEXT))
                .isInstanceOf(SecretUnreadableException.class);
    }

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        new Random(seed).nextBytes(bytes);
        return MasterKey.fromBase64(Base64.getEncoder().encodeToString(bytes));
    }
}
