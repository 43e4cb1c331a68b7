package com.pinfleet.domain.queue;

import java.util.Locale;

/**
 * Where a save queue item stands. An item is {@code IN_PROGRESS} only while a session is between marking it
 * and recording Pinterest's answer; one left so by a dead session is reconciled before anything is retried.
 */
public enum SaveItemStatus {
    PENDING,
    IN_PROGRESS,
    SAVED,
    FAILED,
    /** A dead session left it in progress and Pinterest could not tell whether it was saved. */
    UNCERTAIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Done items are the ones {@code clear-done} removes. */
    public boolean done() {
        return this == SAVED || this == FAILED;
    }
}
