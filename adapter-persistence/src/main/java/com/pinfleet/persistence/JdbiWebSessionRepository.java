package com.pinfleet.persistence;

import com.pinfleet.application.security.WebSession;
import com.pinfleet.application.security.WebSessionRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiWebSessionRepository implements WebSessionRepository {

    private final Jdbi jdbi;

    public JdbiWebSessionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(WebSession session) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into web_sessions (token_hash, username, created_at, expires_at)
                        values (:tokenHash, :username, :createdAt, :expiresAt)
                        """)
                .bindMethods(session)
                .execute());
    }

    @Override
    public Optional<WebSession> find(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select token_hash, username, created_at, expires_at
                        from web_sessions
                        where token_hash = :tokenHash
                        """)
                .bind("tokenHash", tokenHash)
                .map((rs, ctx) -> new WebSession(rs.getString("token_hash"), rs.getString("username"),
                        Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at")))
                .findOne());
    }

    @Override
    public void delete(String tokenHash) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from web_sessions where token_hash = :tokenHash")
                .bind("tokenHash", tokenHash)
                .execute());
    }

    @Override
    public void deleteAll() {
        jdbi.useHandle(handle -> handle.createUpdate("delete from web_sessions").execute());
    }

    @Override
    public void deleteExpired(Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from web_sessions where expires_at <= :now")
                .bind("now", now)
                .execute());
    }
}
