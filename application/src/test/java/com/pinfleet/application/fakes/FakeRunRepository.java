package com.pinfleet.application.fakes;

import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.engine.RunRecord;
import com.pinfleet.application.engine.RunRepository;
import com.pinfleet.application.engine.RunStatus;
import com.pinfleet.application.engine.RunType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Runs in a map by id (counted from 1), with usernames read from the accounts as the database joins them. */
public final class FakeRunRepository implements RunRepository, TransactionalFake<Map<Long, RunRecord>> {

    /** The message the database gives a run it marks interrupted. */
    public static final String INTERRUPTED = "The session ended without finishing (its node stopped)";

    private final AccountRepository accounts;
    private final Map<Long, RunRecord> runs = new TreeMap<>();
    private long lastId;

    public FakeRunRepository(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized long start(long accountId, RunType type, String trigger, Instant at) {
        long id = ++lastId;
        runs.put(id, new RunRecord(id, accountId, null, type, trigger, RunStatus.RUNNING, at, null, 0, 0, 0, null));
        return id;
    }

    @Override
    public void countSaved(long runId) {
        change(runId, r -> new RunRecord(r.id(), r.accountId(), null, r.type(), r.trigger(), r.status(),
                r.startedAt(), r.finishedAt(), r.pinsSaved() + 1, r.pinsCreated(), r.failures(), r.message()));
    }

    @Override
    public void countFailure(long runId) {
        change(runId, r -> new RunRecord(r.id(), r.accountId(), null, r.type(), r.trigger(), r.status(),
                r.startedAt(), r.finishedAt(), r.pinsSaved(), r.pinsCreated(), r.failures() + 1, r.message()));
    }

    @Override
    public void finish(long runId, RunStatus status, String message, Instant at) {
        change(runId, r -> new RunRecord(r.id(), r.accountId(), null, r.type(), r.trigger(), status,
                r.startedAt(), at, r.pinsSaved(), r.pinsCreated(), r.failures(), message));
    }

    @Override
    public synchronized int interruptRunning(long accountId, Instant at) {
        List<Long> running = runs.values().stream()
                .filter(r -> r.accountId() == accountId && r.status() == RunStatus.RUNNING)
                .map(RunRecord::id)
                .toList();
        running.forEach(id -> change(id, r -> new RunRecord(r.id(), r.accountId(), null, r.type(), r.trigger(),
                RunStatus.INTERRUPTED, r.startedAt(), at, r.pinsSaved(), r.pinsCreated(), r.failures(),
                INTERRUPTED)));
        return running.size();
    }

    @Override
    public synchronized List<RunRecord> recent(int limit) {
        return joined().stream()
                .sorted(Comparator.comparing(RunRecord::startedAt).thenComparing(RunRecord::id).reversed())
                .limit(limit)
                .toList();
    }

    /** The account's runs, oldest first. */
    public synchronized List<RunRecord> forAccount(long accountId) {
        return joined().stream().filter(r -> r.accountId() == accountId).toList();
    }

    /** The run with this id. */
    public synchronized RunRecord run(long runId) {
        return joined().stream().filter(r -> r.id() == runId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    }

    @Override
    public synchronized Map<Long, RunRecord> snapshot() {
        return new TreeMap<>(runs);
    }

    @Override
    public synchronized void restore(Map<Long, RunRecord> snapshot) {
        runs.clear();
        runs.putAll(snapshot);
    }

    private List<RunRecord> joined() {
        List<RunRecord> joined = new ArrayList<>();
        for (RunRecord r : runs.values()) {
            accounts.findById(r.accountId()).ifPresent(account -> joined.add(new RunRecord(r.id(), r.accountId(),
                    account.username().value(), r.type(), r.trigger(), r.status(), r.startedAt(), r.finishedAt(),
                    r.pinsSaved(), r.pinsCreated(), r.failures(), r.message())));
        }
        return joined;
    }

    private synchronized void change(long runId, UnaryOperator<RunRecord> change) {
        runs.computeIfPresent(runId, (id, run) -> change.apply(run));
    }
}
