package com.pinfleet.application.engine;

import com.pinfleet.domain.schedule.PlanningRules;
import java.time.Duration;

/**
 * How the engine behaves beyond the schedule.
 *
 * @param retryAfterError     how long an account waits after a session failed unexpectedly
 * @param rateLimitBackoff    how long it waits after a 429 that named no time
 * @param spamCooldown        how long it rests after Pinterest spoke of spam
 * @param extraAttempts       how many failed items a session may go through beyond its share
 */
public record EngineRules(PlanningRules planning, Duration retryAfterError, Duration rateLimitBackoff,
                          Duration spamCooldown, int extraAttempts) {

    public static final EngineRules DEFAULT = new EngineRules(PlanningRules.DEFAULT, Duration.ofMinutes(15),
            Duration.ofMinutes(10), Duration.ofHours(24), 5);
}
