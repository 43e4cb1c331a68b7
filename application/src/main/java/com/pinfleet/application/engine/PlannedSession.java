package com.pinfleet.application.engine;

import java.time.Instant;

/** One session of a day plan: when it is due, and when it ran ({@code doneAt} null until then). */
public record PlannedSession(int index, Instant dueAt, Instant doneAt) {

    public boolean open() {
        return doneAt == null;
    }
}
