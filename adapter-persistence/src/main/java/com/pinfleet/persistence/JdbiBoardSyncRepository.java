package com.pinfleet.persistence;

import com.pinfleet.application.board.BoardSyncJob;
import com.pinfleet.application.board.BoardSyncRepository;
import com.pinfleet.application.board.BoardSyncResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiBoardSyncRepository implements BoardSyncRepository {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final Jdbi jdbi;

    public JdbiBoardSyncRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void queued(Collection<Long> accountIds, Instant at) {
        jdbi.useTransaction(handle -> {
            PreparedBatch insert = handle.prepareBatch("""
                    insert into board_syncs (account_id, status, queued_at) values (:accountId, 'queued', :at)
                    on conflict do nothing
                    """);
            PreparedBatch reset = handle.prepareBatch("""
                    update board_syncs
                    set status = 'queued', queued_at = :at, started_at = null, finished_at = null,
                        fetched_boards = null, created_boards = null, error = null
                    where account_id = :accountId
                    """);
            for (Long accountId : accountIds) {
                insert.bind("accountId", accountId).bind("at", at).add();
                reset.bind("accountId", accountId).bind("at", at).add();
            }
            insert.execute();
            reset.execute();
        });
    }

    @Override
    public void started(long accountId, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update board_syncs set status = 'running', started_at = :at where account_id = :accountId
                        """)
                .bind("accountId", accountId)
                .bind("at", at)
                .execute());
    }

    @Override
    public void finished(long accountId, BoardSyncResult result, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update board_syncs
                        set status = 'done', finished_at = :at, fetched_boards = :fetched, created_boards = :created,
                            error = :error
                        where account_id = :accountId
                        """)
                .bind("accountId", accountId)
                .bind("at", at)
                .bind("fetched", result.fetchedBoards())
                .bind("created", result.createdBoards())
                .bind("error", result.errors().isEmpty() ? null
                        : Sql.fitting(String.join("; ", result.errors()), MAX_ERROR_LENGTH))
                .execute());
    }

    @Override
    public void failed(long accountId, String error, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update board_syncs set status = 'failed', finished_at = :at, error = :error
                        where account_id = :accountId
                        """)
                .bind("accountId", accountId)
                .bind("at", at)
                .bind("error", Sql.fitting(error, MAX_ERROR_LENGTH))
                .execute());
    }

    @Override
    public List<BoardSyncJob> since(Instant from) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.account_id, a.username, s.status, s.queued_at, s.finished_at, s.fetched_boards,
                               s.created_boards, s.error
                        from board_syncs s join accounts a on a.id = s.account_id
                        where s.queued_at >= :from
                        order by s.queued_at desc, a.username_key
                        """)
                .bind("from", from)
                .map((rs, ctx) -> new BoardSyncJob(rs.getLong("account_id"), rs.getString("username"),
                        rs.getString("status"), Rows.instant(rs, "queued_at"), Rows.instant(rs, "finished_at"),
                        Rows.nullableInt(rs, "fetched_boards"), Rows.nullableInt(rs, "created_boards"),
                        rs.getString("error")))
                .list());
    }
}
