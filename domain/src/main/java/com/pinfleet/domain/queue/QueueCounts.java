package com.pinfleet.domain.queue;

import java.util.Map;

/** How many items of a queue are in each state. */
public record QueueCounts(int total, int pending, int inProgress, int saved, int failed, int uncertain) {

    public static QueueCounts of(Map<SaveItemStatus, Integer> byStatus) {
        int pending = byStatus.getOrDefault(SaveItemStatus.PENDING, 0);
        int inProgress = byStatus.getOrDefault(SaveItemStatus.IN_PROGRESS, 0);
        int saved = byStatus.getOrDefault(SaveItemStatus.SAVED, 0);
        int failed = byStatus.getOrDefault(SaveItemStatus.FAILED, 0);
        int uncertain = byStatus.getOrDefault(SaveItemStatus.UNCERTAIN, 0);
        return new QueueCounts(pending + inProgress + saved + failed + uncertain,
                pending, inProgress, saved, failed, uncertain);
    }
}
