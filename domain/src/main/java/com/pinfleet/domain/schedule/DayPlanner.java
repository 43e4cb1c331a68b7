package com.pinfleet.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Draws an account's plan for a day from the smart saves schedule and the planning rules. */
public final class DayPlanner {

    private final SmartSavesSchedule schedule;
    private final PlanningRules rules;

    public DayPlanner(SmartSavesSchedule schedule, PlanningRules rules) {
        this.schedule = schedule;
        this.rules = rules;
    }

    /**
     * Plans {@code day}, the account's {@code dayNumber}-th day of automation, no session earlier than
     * {@code now}.
     *
     * @param savesOverride the operator's cap on saves a day, or null
     */
    public DayPlan plan(LocalDate day, int dayNumber, Integer savesOverride, int createTarget, ZoneId zone,
                        Instant now, RandomGenerator random) {
        ScheduleRow row = schedule.rowFor(dayNumber);
        int target = random.nextInt(row.minSaves(), row.maxSaves() + 1);
        if (savesOverride != null) {
            target = Math.min(target, savesOverride);
        }
        return new DayPlan(day, dayNumber, target, createTarget, sessionTimes(day, zone, now, random));
    }

    private List<Instant> sessionTimes(LocalDate day, ZoneId zone, Instant now, RandomGenerator random) {
        Instant windowStart = day.atTime(rules.activeFrom()).atZone(zone).toInstant();
        Instant windowEnd = day.atTime(rules.activeUntil()).atZone(zone).toInstant();
        Instant from = now.isAfter(windowStart) ? now : windowStart;
        if (!from.isBefore(windowEnd)) {
            return List.of();
        }
        Duration window = Duration.between(from, windowEnd);
        long windowSeconds = window.toSeconds();
        long gapSeconds = rules.minimumGap().toSeconds();
        int count = rules.sessionsPerDay();
        if (gapSeconds > 0) {
            // the gaps must end before the window does: a session may not start as it closes
            count = (int) Math.min(count, 1 + window.minusNanos(1).toSeconds() / gapSeconds);
        }
        long slack = Math.max(1, windowSeconds - (count - 1) * gapSeconds);
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = random.nextLong(slack);
        }
        Arrays.sort(offsets);
        List<Instant> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            times.add(from.plusSeconds(offsets[i] + i * gapSeconds));
        }
        return times;
    }
}
