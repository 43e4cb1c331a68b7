package com.pinfleet.persistence;

import com.pinfleet.application.engine.RunRecord;
import com.pinfleet.application.engine.RunRepository;
import com.pinfleet.application.engine.RunStatus;
import com.pinfleet.application.engine.RunType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

public final class JdbiRunRepository implements RunRepository {

    private final Jdbi jdbi;

    public JdbiRunRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long start(long accountId, RunType type, String trigger, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        insert into runs (account_id, run_type, trigger_kind, status, started_at,
                                          pins_saved, pins_created, failures)
                        values (:accountId, :type, :trigger, 'running', :at, 0, 0, 0)
                        """)
                .bind("accountId", accountId)
                .bind("type", type.wireName())
                .bind("trigger", trigger)
                .bind("at", at)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public void countSaved(long runId) {
        jdbi.useHandle(handle -> handle.createUpdate("update runs set pins_saved = pins_saved + 1 where id = :id")
                .bind("id", runId)
                .execute());
    }

    @Override
    public void countFailure(long runId) {
        jdbi.useHandle(handle -> handle.createUpdate("update runs set failures = failures + 1 where id = :id")
                .bind("id", runId)
                .execute());
    }

    @Override
    public void finish(long runId, RunStatus status, String message, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update runs set status = :status, message = :message, finished_at = :at where id = :id
                        """)
                .bind("id", runId)
                .bind("status", status.wireName())
                .bind("message", Sql.fitting(message, 1000))
                .bind("at", at)
                .execute());
    }

    @Override
    public int interruptRunning(long accountId, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update runs
                        set status = 'interrupted', finished_at = :at,
                            message = 'The session ended without finishing (its node stopped)'
                        where account_id = :accountId and status = 'running'
                        """)
                .bind("accountId", accountId)
                .bind("at", at)
                .execute());
    }

    @Override
    public List<RunRecord> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select r.id, r.account_id, a.username, r.run_type, r.trigger_kind, r.status, r.started_at,
                               r.finished_at, r.pins_saved, r.pins_created, r.failures, r.message
                        from runs r join accounts a on a.id = r.account_id
                        order by r.started_at desc, r.id desc
                        limit :limit
                        """)
                .bind("limit", limit)
                .map((rs, ctx) -> new RunRecord(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getString("username"),
                        RunType.valueOf(rs.getString("run_type").toUpperCase(Locale.ROOT)),
                        rs.getString("trigger_kind"),
                        RunStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        Rows.instant(rs, "started_at"),
                        Rows.instant(rs, "finished_at"),
                        rs.getInt("pins_saved"),
                        rs.getInt("pins_created"),
                        rs.getInt("failures"),
                        rs.getString("message")))
                .list());
    }
}
