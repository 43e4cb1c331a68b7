package com.pinfleet.application.engine;

import java.time.LocalDate;

/**
 * Daily counters per account. A save is taken from the day's allowance before Pinterest is called, with one
 * conditional update, so two sessions can never exceed the limit between them.
 */
public interface DailyActivityRepository {

    DailyActivity on(long accountId, LocalDate day);

    /** Counts one save if fewer than {@code limit} are counted; false when the limit is reached. */
    boolean takeSave(long accountId, LocalDate day, int limit);

    /** Gives back a save taken for an action that did not happen, and counts the failure. */
    void returnSave(long accountId, LocalDate day, boolean countAsFailure);

    void countSession(long accountId, LocalDate day);
}
