package com.pinfleet.application.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A day plan as stored, with which of its sessions have run. */
public record StoredPlan(long accountId, LocalDate day, int dayNumber, int saveTarget, int createTarget,
                         List<PlannedSession> sessions) {

    public StoredPlan {
        sessions = List.copyOf(sessions);
    }

    /** The first session that has not run, due or not. */
    public Optional<PlannedSession> nextOpen() {
        return sessions.stream().filter(PlannedSession::open).findFirst();
    }

    /** Sessions not yet run that are due after {@code moment}. */
    public int openAfter(Instant moment) {
        return (int) sessions.stream().filter(s -> s.open() && s.dueAt().isAfter(moment)).count();
    }

    public int done() {
        return (int) sessions.stream().filter(s -> !s.open()).count();
    }

    public int remaining() {
        return sessions.size() - done();
    }
}
