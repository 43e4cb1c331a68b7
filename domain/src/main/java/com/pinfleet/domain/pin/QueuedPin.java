package com.pinfleet.domain.pin;

import java.time.Instant;

/**
 * A pin in an account's create queue.
 *
 * @param pinId the id Pinterest gave it once created, or null
 * @param error why it failed, or null
 */
public record QueuedPin(long id, long accountId, PinDraft draft, PinDraftStatus status, String pinId, String error,
                        int attempts, Instant createdAt) {
}
