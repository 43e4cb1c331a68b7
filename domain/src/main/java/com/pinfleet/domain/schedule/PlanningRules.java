package com.pinfleet.domain.schedule;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How a day's work is spread: over {@code sessionsPerDay} sessions at random times between
 * {@code activeFrom} and {@code activeUntil} local time, at least {@code minimumGap} apart.
 */
public record PlanningRules(LocalTime activeFrom, LocalTime activeUntil, int sessionsPerDay, Duration minimumGap) {

    public static final PlanningRules DEFAULT =
            new PlanningRules(LocalTime.of(8, 0), LocalTime.of(22, 0), 3, Duration.ofMinutes(45));

    public PlanningRules {
        if (!activeFrom.isBefore(activeUntil)) {
            throw new IllegalArgumentException("active hours must start before they end");
        }
        if (sessionsPerDay < 1 || minimumGap.isNegative()) {
            throw new IllegalArgumentException("need at least one session a day and a gap of zero or more");
        }
    }
}
