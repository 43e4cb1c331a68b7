package com.pinfleet.persistence;

import com.pinfleet.application.engine.AutomationRecord;
import com.pinfleet.application.engine.AutomationRepository;
import com.pinfleet.domain.automation.AutomationState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiAutomationRepository implements AutomationRepository {

    private static final String SELECT = """
            select au.account_id, a.username, au.save_enabled, au.first_enabled_on, au.state, au.next_run, au.error
            from automation au join accounts a on a.id = au.account_id
            """;

    private final Jdbi jdbi;

    public JdbiAutomationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<AutomationRecord> find(long accountId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " where au.account_id = :accountId")
                .bind("accountId", accountId)
                .map((rs, ctx) -> record(rs))
                .findOne());
    }

    @Override
    public List<AutomationRecord> all() {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " order by a.username_key")
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public void enable(long accountId, LocalDate today, Instant at) {
        jdbi.useTransaction(handle -> {
            int inserted = handle.createUpdate("""
                            insert into automation (account_id, save_enabled, first_enabled_on, state, updated_at)
                            values (:accountId, true, :today, 'sleeping', :at)
                            on conflict do nothing
                            """)
                    .bind("accountId", accountId)
                    .bind("today", today)
                    .bind("at", at)
                    .execute();
            if (inserted == 0) {
                handle.createUpdate("""
                                update automation set save_enabled = true, error = null, updated_at = :at
                                where account_id = :accountId
                                """)
                        .bind("accountId", accountId)
                        .bind("at", at)
                        .execute();
            }
        });
    }

    @Override
    public void disable(long accountId, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update automation set save_enabled = false, state = 'disabled', next_run = null,
                                              updated_at = :at
                        where account_id = :accountId
                        """)
                .bind("accountId", accountId)
                .bind("at", at)
                .execute());
    }

    @Override
    public boolean requestRun(long accountId, Instant at, Instant staleBefore) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update automation set run_requested_at = :at
                        where account_id = :accountId
                          and (run_requested_at is null or run_requested_at < :staleBefore)
                        """)
                .bind("accountId", accountId)
                .bind("at", at)
                .bind("staleBefore", staleBefore)
                .execute()) == 1;
    }

    @Override
    public void clearRunRequest(long accountId) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update automation set run_requested_at = null where account_id = :accountId
                        """)
                .bind("accountId", accountId)
                .execute());
    }

    @Override
    public void report(long accountId, AutomationState state, Instant nextRun, String error, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update automation set state = :state, next_run = :nextRun, error = :error, updated_at = :at
                        where account_id = :accountId
                        """)
                .bind("accountId", accountId)
                .bind("state", state.wireName())
                .bind("nextRun", nextRun)
                .bind("error", Sql.fitting(error, 1000))
                .bind("at", at)
                .execute());
    }

    private static AutomationRecord record(ResultSet rs) throws SQLException {
        return new AutomationRecord(
                rs.getLong("account_id"),
                rs.getString("username"),
                rs.getBoolean("save_enabled"),
                Rows.date(rs, "first_enabled_on"),
                AutomationState.fromWireName(rs.getString("state")),
                Rows.instant(rs, "next_run"),
                rs.getString("error"));
    }
}
