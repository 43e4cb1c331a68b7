package com.pinfleet.application.engine;

import com.pinfleet.domain.schedule.DayPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The plans of accounts' days. There is at most one plan per account and day; the first one stored stays. */
public interface DayPlanRepository {

    Optional<StoredPlan> find(long accountId, LocalDate day);

    /** Every account's plan for the day, by account id. */
    Map<Long, StoredPlan> onDay(LocalDate day);

    /** Stores the plan unless the day has one already; returns the plan that is stored either way. */
    StoredPlan addIfAbsent(long accountId, DayPlan plan);

    /** Marks the session done unless it is already; false when it was. */
    boolean markDone(long accountId, LocalDate day, int index, Instant at);
}
