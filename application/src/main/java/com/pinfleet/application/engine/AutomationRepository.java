package com.pinfleet.application.engine;

import com.pinfleet.domain.automation.AutomationState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The automation switch of each account and the state its sessions report. */
public interface AutomationRepository {

    Optional<AutomationRecord> find(long accountId);

    /** Every account that ever had automation, by username. */
    List<AutomationRecord> all();

    /** Turns save automation on; the first time ever, {@code today} becomes day 1. */
    void enable(long accountId, LocalDate today, Instant at);

    /** Turns save automation off and records the state as disabled. */
    void disable(long accountId, Instant at);

    /**
     * Records a request to start a session by hand, unless one is pending that was made after
     * {@code staleBefore}; false when one is pending, so of two requests at once only one wins.
     */
    boolean requestRun(long accountId, Instant at, Instant staleBefore);

    /** Forgets the pending request to start a session by hand. */
    void clearRunRequest(long accountId);

    /** Records what the account's automation is doing; {@code nextRun} and {@code error} may be null. */
    void report(long accountId, AutomationState state, Instant nextRun, String error, Instant at);
}
