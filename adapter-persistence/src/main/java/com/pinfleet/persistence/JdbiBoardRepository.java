package com.pinfleet.persistence;

import com.pinfleet.application.board.BoardRepository;
import com.pinfleet.domain.board.Board;
import com.pinfleet.domain.board.BoardDraft;
import com.pinfleet.domain.board.BoardPrivacy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

public final class JdbiBoardRepository implements BoardRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiBoardRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public List<Board> forAccount(long accountId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, account_id, pinterest_id, name, description, privacy, synced_at
                        from boards where account_id = :accountId order by id
                        """)
                .bind("accountId", accountId)
                .map((rs, ctx) -> new Board(rs.getLong("id"), rs.getLong("account_id"), rs.getString("pinterest_id"),
                        rs.getString("name"), rs.getString("description"),
                        BoardPrivacy.valueOf(rs.getString("privacy").toUpperCase(Locale.ROOT)),
                        Rows.instant(rs, "synced_at")))
                .list());
    }

    @Override
    public Board add(long accountId, BoardDraft draft, String pinterestId, Instant syncedAt) {
        Instant now = clock.instant();
        long id = Sql.unique(() -> jdbi.withHandle(handle -> handle.createUpdate("""
                                insert into boards (account_id, pinterest_id, name, name_key, description, privacy,
                                                    synced_at, created_at)
                                values (:accountId, :pinterestId, :name, :nameKey, :description, :privacy,
                                        :syncedAt, :createdAt)
                                """)
                        .bind("accountId", accountId)
                        .bind("pinterestId", pinterestId)
                        .bind("name", draft.name())
                        .bind("nameKey", BoardDraft.key(draft.name()))
                        .bind("description", draft.description())
                        .bind("privacy", draft.privacy().wireName())
                        .bind("syncedAt", syncedAt)
                        .bind("createdAt", now)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one()),
                "Board already exists: " + draft.name());
        return new Board(id, accountId, pinterestId, draft.name(), draft.description(), draft.privacy(), syncedAt);
    }

    @Override
    public void update(long boardId, String pinterestId, BoardDraft asOnPinterest, Instant syncedAt) {
        Sql.unique(() -> jdbi.withHandle(handle -> handle.createUpdate("""
                                update boards
                                set pinterest_id = :pinterestId, name = :name, name_key = :nameKey,
                                    description = :description, privacy = :privacy, synced_at = :syncedAt
                                where id = :id
                                """)
                        .bind("id", boardId)
                        .bind("pinterestId", pinterestId)
                        .bind("name", asOnPinterest.name())
                        .bind("nameKey", BoardDraft.key(asOnPinterest.name()))
                        .bind("description", asOnPinterest.description())
                        .bind("privacy", asOnPinterest.privacy().wireName())
                        .bind("syncedAt", syncedAt)
                        .execute()),
                "Board already exists: " + asOnPinterest.name());
    }

    @Override
    public void delete(long boardId) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from boards where id = :id")
                .bind("id", boardId)
                .execute());
    }
}
