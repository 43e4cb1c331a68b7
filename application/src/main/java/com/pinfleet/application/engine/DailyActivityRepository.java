package com.pinfleet.application.engine;

import java.time.LocalDate;
import java.util.Map;

/**
 * Daily counters per account. A save is taken from the day's allowance before Pinterest is called, with one
 * conditional update, so two sessions can never exceed the limit between them.
 */
public interface DailyActivityRepository {

    DailyActivity on(long accountId, LocalDate day);

    /** Every account's counters for the day, by account id; an account that did nothing has no entry. */
    Map<Long, DailyActivity> onDay(LocalDate day);

    /** Counts one save if fewer than {@code limit} are counted; false when the limit is reached. */
    boolean takeSave(long accountId, LocalDate day, int limit);

    /** Gives back a save taken for an action that did not happen, and counts the failure. */
    void returnSave(long accountId, LocalDate day, boolean countAsFailure);

    void countSession(long accountId, LocalDate day);
}
