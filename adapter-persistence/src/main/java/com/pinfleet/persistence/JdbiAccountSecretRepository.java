package com.pinfleet.persistence;

import com.pinfleet.application.account.AccountSecretRepository;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiAccountSecretRepository implements AccountSecretRepository {

    private final Jdbi jdbi;

    public JdbiAccountSecretRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(long accountId, String kind, byte[] ciphertext, Instant updatedAt) {
        String encoded = Base64.getEncoder().encodeToString(ciphertext);
        jdbi.useTransaction(handle -> {
            int inserted = handle.createUpdate("""
                            insert into account_secrets (account_id, kind, ciphertext, updated_at)
                            values (:accountId, :kind, :ciphertext, :at)
                            on conflict do nothing
                            """)
                    .bind("accountId", accountId)
                    .bind("kind", kind)
                    .bind("ciphertext", encoded)
                    .bind("at", updatedAt)
                    .execute();
            if (inserted == 0) {
                handle.createUpdate("""
                                update account_secrets set ciphertext = :ciphertext, updated_at = :at
                                where account_id = :accountId and kind = :kind
                                """)
                        .bind("accountId", accountId)
                        .bind("kind", kind)
                        .bind("ciphertext", encoded)
                        .bind("at", updatedAt)
                        .execute();
            }
        });
    }

    @Override
    public Optional<byte[]> find(long accountId, String kind) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select ciphertext from account_secrets where account_id = :accountId and kind = :kind
                        """)
                .bind("accountId", accountId)
                .bind("kind", kind)
                .mapTo(String.class)
                .findOne()
                .map(Base64.getDecoder()::decode));
    }

    @Override
    public void remove(long accountId, String kind) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        delete from account_secrets where account_id = :accountId and kind = :kind
                        """)
                .bind("accountId", accountId)
                .bind("kind", kind)
                .execute());
    }
}
