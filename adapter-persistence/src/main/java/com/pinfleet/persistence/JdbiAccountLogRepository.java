package com.pinfleet.persistence;

import com.pinfleet.application.engine.AccountLogRepository;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

public final class JdbiAccountLogRepository implements AccountLogRepository {

    private static final int MAX_MESSAGE_LENGTH = 2000;

    private final Jdbi jdbi;

    public JdbiAccountLogRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(long accountId, Instant at, String level, String message) {
        String stored = Sql.fitting(message, MAX_MESSAGE_LENGTH);
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into account_logs (account_id, logged_at, level, message)
                        values (:accountId, :at, :level, :message)
                        """)
                .bind("accountId", accountId)
                .bind("at", at)
                .bind("level", level)
                .bind("message", stored)
                .execute());
    }
}
