package com.pinfleet.persistence;

import com.pinfleet.application.engine.DailyActivity;
import com.pinfleet.application.engine.DailyActivityRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

public final class JdbiDailyActivityRepository implements DailyActivityRepository {

    private final Jdbi jdbi;

    public JdbiDailyActivityRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public DailyActivity on(long accountId, LocalDate day) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select saves, creates, sessions, save_failures from daily_activity
                        where account_id = :accountId and activity_day = :day
                        """)
                .bind("accountId", accountId)
                .bind("day", day)
                .map((rs, ctx) -> new DailyActivity(rs.getInt("saves"), rs.getInt("creates"), rs.getInt("sessions"),
                        rs.getInt("save_failures")))
                .findOne()
                .orElse(DailyActivity.NONE));
    }

    @Override
    public Map<Long, DailyActivity> onDay(LocalDate day) {
        Map<Long, DailyActivity> counters = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        select account_id, saves, creates, sessions, save_failures from daily_activity
                        where activity_day = :day
                        """)
                .bind("day", day)
                .map((rs, ctx) -> Map.entry(rs.getLong("account_id"), new DailyActivity(rs.getInt("saves"),
                        rs.getInt("creates"), rs.getInt("sessions"), rs.getInt("save_failures"))))
                .forEach(entry -> counters.put(entry.getKey(), entry.getValue())));
        return counters;
    }

    @Override
    public boolean takeSave(long accountId, LocalDate day, int limit) {
        return jdbi.inTransaction(handle -> {
            ensureRow(handle, accountId, day);
            return handle.createUpdate("""
                            update daily_activity set saves = saves + 1
                            where account_id = :accountId and activity_day = :day and saves < :limit
                            """)
                    .bind("accountId", accountId)
                    .bind("day", day)
                    .bind("limit", limit)
                    .execute() == 1;
        });
    }

    @Override
    public void returnSave(long accountId, LocalDate day, boolean countAsFailure) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update daily_activity
                        set saves = saves - 1, save_failures = save_failures + :failure
                        where account_id = :accountId and activity_day = :day and saves > 0
                        """)
                .bind("accountId", accountId)
                .bind("day", day)
                .bind("failure", countAsFailure ? 1 : 0)
                .execute());
    }

    @Override
    public void countSession(long accountId, LocalDate day) {
        jdbi.useTransaction(handle -> {
            ensureRow(handle, accountId, day);
            handle.createUpdate("""
                            update daily_activity set sessions = sessions + 1
                            where account_id = :accountId and activity_day = :day
                            """)
                    .bind("accountId", accountId)
                    .bind("day", day)
                    .execute();
        });
    }

    /** Creates the day's row at zero unless it exists. */
    private static void ensureRow(Handle handle, long accountId, LocalDate day) {
        handle.createUpdate("""
                        insert into daily_activity (account_id, activity_day, saves, creates, sessions, save_failures,
                                                    create_failures)
                        values (:accountId, :day, 0, 0, 0, 0, 0)
                        on conflict do nothing
                        """)
                .bind("accountId", accountId)
                .bind("day", day)
                .execute();
    }
}
