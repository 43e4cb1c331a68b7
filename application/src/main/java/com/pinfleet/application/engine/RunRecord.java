package com.pinfleet.application.engine;

import java.time.Instant;

/**
 * One session's record.
 *
 * @param trigger    {@code schedule}, or {@code manual} for a session started on request
 * @param finishedAt null while it runs
 * @param message    how it ended, in a sentence
 */
public record RunRecord(long id, long accountId, String username, RunType type, String trigger, RunStatus status,
                        Instant startedAt, Instant finishedAt, int pinsSaved, int pinsCreated, int failures,
                        String message) {
}
