package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.account.CredentialFiles;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAccountSecretRepositoryTest extends OnBothDatabases {

    private static final Instant NOW = Instant.parse("2024-05-20T10:15:30Z");
    /** What AES-GCM adds to a credentials file: a version byte, the nonce and the tag. */
    private static final int SEALING_OVERHEAD = 1 + 12 + 16;

    private JdbiAccountSecretRepository secrets;
    private long account;

    @BeforeEach
    void repository() {
        secrets = new JdbiAccountSecretRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void a_secret_comes_back_byte_for_byte() {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }

        secrets.put(account, "cookies", everyByte, NOW);

        assertThat(secrets.find(account, "cookies").orElseThrow()).isEqualTo(everyByte);
    }

    @Test
    void the_largest_secret_comes_back_byte_for_byte() {
        byte[] large = new byte[CredentialFiles.MAX_BYTES + SEALING_OVERHEAD];
        new Random(42).nextBytes(large);

        secrets.put(account, "cookies", large, NOW);

        assertThat(secrets.find(account, "cookies").orElseThrow()).isEqualTo(large);
    }

    @Test
    void an_empty_secret_is_kept_as_empty() {
        secrets.put(account, "proxy", new byte[0], NOW);

        assertThat(secrets.find(account, "proxy").orElseThrow()).isEmpty();
    }

    @Test
    void putting_a_secret_again_overwrites_it() {
        secrets.put(account, "cookies", new byte[] {1, 2, 3}, NOW);

        secrets.put(account, "cookies", new byte[] {9, 8}, NOW.plusSeconds(60));

        assertThat(secrets.find(account, "cookies").orElseThrow()).containsExactly(9, 8);
        assertThat(number("select count(*) from account_secrets")).isEqualTo(1);
    }

    @Test
    void a_new_secret_put_from_several_places_at_once_keeps_one_of_them() {
        AtOnce.run(8, thread -> () -> {
            secrets.put(account, "cookies", new byte[] {(byte) thread}, NOW);
            return null;
        });

        assertThat(secrets.find(account, "cookies").orElseThrow()).hasSize(1);
        assertThat(secrets.find(account, "cookies").orElseThrow()[0]).isBetween((byte) 0, (byte) 7);
        assertThat(number("select count(*) from account_secrets")).isEqualTo(1);
    }

    @Test
    void secrets_are_kept_per_account_and_kind() {
        long other = addAccount("other");
        secrets.put(account, "cookies", new byte[] {1}, NOW);
        secrets.put(account, "proxy", new byte[] {2}, NOW);
        secrets.put(other, "cookies", new byte[] {3}, NOW);

        assertThat(secrets.find(account, "cookies").orElseThrow()).containsExactly(1);
        assertThat(secrets.find(account, "proxy").orElseThrow()).containsExactly(2);
        assertThat(secrets.find(other, "cookies").orElseThrow()).containsExactly(3);
        assertThat(secrets.find(other, "proxy")).isEmpty();
    }

    @Test
    void a_removed_secret_is_gone_and_the_others_stay() {
        secrets.put(account, "cookies", new byte[] {1}, NOW);
        secrets.put(account, "proxy", new byte[] {2}, NOW);

        secrets.remove(account, "cookies");
        secrets.remove(account, "fingerprint");

        assertThat(secrets.find(account, "cookies")).isEmpty();
        assertThat(secrets.find(account, "proxy")).isPresent();
    }
}
