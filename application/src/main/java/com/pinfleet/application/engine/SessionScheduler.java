package com.pinfleet.application.engine;

import java.time.Instant;

/**
 * The durable schedule of account sessions, shared by every node: each account with automation has one
 * scheduled session, which exactly one node runs when it is due (at least once, if a node dies).
 */
public interface SessionScheduler {

    /** Schedules the account's session at {@code at}, moving it if one is scheduled. */
    void schedule(long accountId, Instant at);

    /** Removes the account's scheduled session; one that is running finishes its current action first. */
    void cancel(long accountId);

    /** Whether a node is running the account's session now. */
    boolean isRunning(long accountId);

    /**
     * Makes the account's session due now, as a manual session.
     *
     * @return false when it is running already
     */
    boolean runNow(long accountId);
}
