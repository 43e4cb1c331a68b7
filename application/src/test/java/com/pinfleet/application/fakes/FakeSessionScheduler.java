package com.pinfleet.application.fakes;

import com.pinfleet.application.engine.SessionScheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule of sessions in a map: at most one scheduled session per account, as db-scheduler keeps one
 * execution per account. A test says when a node is running an account's session ({@link #startRunning},
 * {@link #finishRunning}); while it runs, the session cannot be moved or removed: {@link #runNow} answers false,
 * and {@link #schedule} and {@link #cancel} leave it to the running session, which schedules its successor or
 * ends itself.
 */
public final class FakeSessionScheduler implements SessionScheduler {

    /** A scheduled session: when it is due, and whether it was asked for by hand. */
    public record Scheduled(Instant at, boolean manual) {
    }

    private final Clock clock;
    private final Map<Long, Scheduled> scheduled = new HashMap<>();
    private final Set<Long> running = new HashSet<>();
    private int manualRequests;

    public FakeSessionScheduler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void schedule(long accountId, Instant at) {
        if (!running.contains(accountId)) {
            scheduled.put(accountId, new Scheduled(at, false));
        }
    }

    @Override
    public synchronized void cancel(long accountId) {
        if (!running.contains(accountId)) {
            scheduled.remove(accountId);
        }
    }

    @Override
    public synchronized boolean isRunning(long accountId) {
        return running.contains(accountId);
    }

    @Override
    public synchronized boolean runNow(long accountId) {
        if (running.contains(accountId)) {
            return false;
        }
        scheduled.put(accountId, new Scheduled(clock.instant(), true));
        manualRequests++;
        return true;
    }

    /** The account's scheduled session, if it has one. */
    public synchronized Optional<Scheduled> scheduled(long accountId) {
        return Optional.ofNullable(scheduled.get(accountId));
    }

    /** How many times {@link #runNow} made a session due. */
    public synchronized int manualRequests() {
        return manualRequests;
    }

    /** A node picks the account's session and runs it. */
    public synchronized void startRunning(long accountId) {
        running.add(accountId);
    }

    /** The running session ends, scheduling its successor at {@code next}, or none when empty. */
    public synchronized void finishRunning(long accountId, Optional<Instant> next) {
        running.remove(accountId);
        next.ifPresentOrElse(at -> scheduled.put(accountId, new Scheduled(at, false)),
                () -> scheduled.remove(accountId));
    }
}
