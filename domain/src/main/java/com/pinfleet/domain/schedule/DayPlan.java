package com.pinfleet.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an account does on one of its days: how many pins it saves and creates, and when its sessions start.
 * A plan drawn late in the day may have fewer sessions, or none.
 */
public record DayPlan(LocalDate day, int dayNumber, int saveTarget, int createTarget, List<Instant> sessionTimes) {

    public DayPlan {
        sessionTimes = List.copyOf(sessionTimes);
    }

    /**
     * The saves a session should make when {@code savedSoFar} are made and {@code sessionsLeft} sessions,
     * this one included, remain: an even share, rounded up so the target is met.
     */
    public int saveShare(int savedSoFar, int sessionsLeft) {
        int remaining = Math.max(0, saveTarget - savedSoFar);
        return sessionsLeft <= 1 ? remaining : (remaining + sessionsLeft - 1) / sessionsLeft;
    }
}
