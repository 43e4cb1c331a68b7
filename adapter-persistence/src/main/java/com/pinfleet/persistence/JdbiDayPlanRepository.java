package com.pinfleet.persistence;

import com.pinfleet.application.engine.DayPlanRepository;
import com.pinfleet.application.engine.PlannedSession;
import com.pinfleet.application.engine.StoredPlan;
import com.pinfleet.domain.schedule.DayPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiDayPlanRepository implements DayPlanRepository {

    private final Jdbi jdbi;

    public JdbiDayPlanRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredPlan> find(long accountId, LocalDate day) {
        return jdbi.withHandle(handle -> find(handle, accountId, day));
    }

    private static Optional<StoredPlan> find(Handle handle, long accountId, LocalDate day) {
        List<PlannedSession> sessions = handle.createQuery("""
                        select idx, due_at, done_at from plan_sessions
                        where account_id = :accountId and plan_day = :day
                        order by idx
                        """)
                .bind("accountId", accountId)
                .bind("day", day)
                .map((rs, ctx) -> new PlannedSession(rs.getInt("idx"), Rows.instant(rs, "due_at"),
                        Rows.instant(rs, "done_at")))
                .list();
        return handle.createQuery("""
                        select day_number, save_target, create_target from day_plans
                        where account_id = :accountId and plan_day = :day
                        """)
                .bind("accountId", accountId)
                .bind("day", day)
                .map((rs, ctx) -> new StoredPlan(accountId, day, rs.getInt("day_number"), rs.getInt("save_target"),
                        rs.getInt("create_target"), sessions))
                .findOne();
    }

    @Override
    public Map<Long, StoredPlan> onDay(LocalDate day) {
        return jdbi.withHandle(handle -> {
            Map<Long, List<PlannedSession>> sessions = new HashMap<>();
            handle.createQuery("""
                            select account_id, idx, due_at, done_at from plan_sessions
                            where plan_day = :day
                            order by account_id, idx
                            """)
                    .bind("day", day)
                    .map((rs, ctx) -> Map.entry(rs.getLong("account_id"), new PlannedSession(rs.getInt("idx"),
                            Rows.instant(rs, "due_at"), Rows.instant(rs, "done_at"))))
                    .forEach(entry -> sessions.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                            .add(entry.getValue()));
            Map<Long, StoredPlan> plans = new HashMap<>();
            handle.createQuery("""
                            select account_id, day_number, save_target, create_target from day_plans
                            where plan_day = :day
                            """)
                    .bind("day", day)
                    .map((rs, ctx) -> new StoredPlan(rs.getLong("account_id"), day, rs.getInt("day_number"),
                            rs.getInt("save_target"), rs.getInt("create_target"),
                            sessions.getOrDefault(rs.getLong("account_id"), List.of())))
                    .forEach(plan -> plans.put(plan.accountId(), plan));
            return plans;
        });
    }

    @Override
    public StoredPlan addIfAbsent(long accountId, DayPlan plan) {
        return jdbi.inTransaction(handle -> {
            insert(handle, accountId, plan);
            return find(handle, accountId, plan.day()).orElseThrow();
        });
    }

    /** Inserts the plan and its sessions, unless the day is planned already: the first plan stands. */
    private static void insert(Handle handle, long accountId, DayPlan plan) {
        int inserted = handle.createUpdate("""
                        insert into day_plans (account_id, plan_day, day_number, save_target, create_target)
                        values (:accountId, :day, :dayNumber, :saveTarget, :createTarget)
                        on conflict do nothing
                        """)
                .bind("accountId", accountId)
                .bind("day", plan.day())
                .bind("dayNumber", plan.dayNumber())
                .bind("saveTarget", plan.saveTarget())
                .bind("createTarget", plan.createTarget())
                .execute();
        if (inserted == 0 || plan.sessionTimes().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                insert into plan_sessions (account_id, plan_day, idx, due_at)
                values (:accountId, :day, :idx, :dueAt)
                """);
        for (int i = 0; i < plan.sessionTimes().size(); i++) {
            batch.bind("accountId", accountId)
                    .bind("day", plan.day())
                    .bind("idx", i)
                    .bind("dueAt", plan.sessionTimes().get(i))
                    .add();
        }
        batch.execute();
    }

    @Override
    public boolean markDone(long accountId, LocalDate day, int index, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update plan_sessions set done_at = :at
                        where account_id = :accountId and plan_day = :day and idx = :idx and done_at is null
                        """)
                .bind("accountId", accountId)
                .bind("day", day)
                .bind("idx", index)
                .bind("at", at)
                .execute()) == 1;
    }
}
