package com.pinfleet.application.fakes;

import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.engine.AutomationRecord;
import com.pinfleet.application.engine.AutomationRepository;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.automation.AutomationState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Automation switches in a map by account, with usernames read from the accounts, as the database joins them:
 * a record whose account is gone is not shown. {@link #requestRun} is a compare-and-set under the fake's lock,
 * so of two requests at once only one wins. Every report is also kept in order, for tests that must see a
 * state that did not last ({@link #reports}).
 */
public final class FakeAutomationRepository
        implements AutomationRepository, TransactionalFake<FakeAutomationRepository.State> {

    /** One call of {@link #report}. */
    public record Report(long accountId, AutomationState state, Instant nextRun, String error, Instant at) {
    }

    private record Row(boolean saveEnabled, LocalDate firstEnabledOn, AutomationState state, Instant nextRun,
                       String error, Instant runRequestedAt) {
    }

    /** What {@link #snapshot()} copies. */
    public record State(Map<Long, Row> rows, List<Report> reports) {
    }

    private final AccountRepository accounts;
    private final Map<Long, Row> rows = new HashMap<>();
    private final List<Report> reports = new ArrayList<>();

    public FakeAutomationRepository(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized Optional<AutomationRecord> find(long accountId) {
        Row row = rows.get(accountId);
        return row == null ? Optional.empty() : accounts.findById(accountId).map(account -> record(account, row));
    }

    @Override
    public synchronized List<AutomationRecord> all() {
        List<AutomationRecord> all = new ArrayList<>();
        rows.forEach((id, row) -> accounts.findById(id).ifPresent(account -> all.add(record(account, row))));
        all.sort(Comparator.comparing(record -> record.username().toLowerCase(Locale.ROOT)));
        return all;
    }

    @Override
    public synchronized void enable(long accountId, LocalDate today, Instant at) {
        Row row = rows.get(accountId);
        rows.put(accountId, row == null
                ? new Row(true, today, AutomationState.SLEEPING, null, null, null)
                : new Row(true, row.firstEnabledOn(), row.state(), row.nextRun(), null, row.runRequestedAt()));
    }

    @Override
    public synchronized void disable(long accountId, Instant at) {
        rows.computeIfPresent(accountId, (id, row) -> new Row(false, row.firstEnabledOn(),
                AutomationState.DISABLED, null, row.error(), row.runRequestedAt()));
    }

    @Override
    public synchronized boolean requestRun(long accountId, Instant at, Instant staleBefore) {
        Row row = rows.get(accountId);
        if (row == null || row.runRequestedAt() != null && !row.runRequestedAt().isBefore(staleBefore)) {
            return false;
        }
        rows.put(accountId, new Row(row.saveEnabled(), row.firstEnabledOn(), row.state(), row.nextRun(),
                row.error(), at));
        return true;
    }

    @Override
    public synchronized void clearRunRequest(long accountId) {
        rows.computeIfPresent(accountId, (id, row) -> new Row(row.saveEnabled(), row.firstEnabledOn(), row.state(),
                row.nextRun(), row.error(), null));
    }

    @Override
    public synchronized void report(long accountId, AutomationState state, Instant nextRun, String error,
                                    Instant at) {
        Row row = rows.get(accountId);
        if (row == null) {
            return;
        }
        rows.put(accountId, new Row(row.saveEnabled(), row.firstEnabledOn(), state, nextRun, error,
                row.runRequestedAt()));
        reports.add(new Report(accountId, state, nextRun, error, at));
    }

    /** Every report made for the account, oldest first. */
    public synchronized List<Report> reports(long accountId) {
        return reports.stream().filter(report -> report.accountId() == accountId).toList();
    }

    /** When the account's pending request to run now was made; empty when none is pending. */
    public synchronized Optional<Instant> runRequestedAt(long accountId) {
        return Optional.ofNullable(rows.get(accountId)).map(Row::runRequestedAt);
    }

    @Override
    public synchronized State snapshot() {
        return new State(new HashMap<>(rows), new ArrayList<>(reports));
    }

    @Override
    public synchronized void restore(State snapshot) {
        rows.clear();
        rows.putAll(snapshot.rows());
        reports.clear();
        reports.addAll(snapshot.reports());
    }

    private static AutomationRecord record(Account account, Row row) {
        return new AutomationRecord(account.id(), account.username().value(), row.saveEnabled(),
                row.firstEnabledOn(), row.state(), row.nextRun(), row.error());
    }
}
