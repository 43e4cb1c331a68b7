package com.pinfleet.application.board;

import java.time.Instant;

/**
 * The latest board sync queued for an account.
 *
 * @param status queued, running, done or failed
 */
public record BoardSyncJob(long accountId, String username, String status, Instant queuedAt, Instant finishedAt,
                           Integer fetchedBoards, Integer createdBoards, String error) {
}
