package com.pinfleet.application.queue;

import com.pinfleet.domain.pin.PinDraft;
import com.pinfleet.domain.pin.PinDraftStatus;
import com.pinfleet.domain.pin.QueuedPin;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Each account's queue of pins to create, in the order they were added. */
public interface PinQueueRepository {

    void append(long accountId, List<PinDraft> drafts, Instant at);

    List<QueuedPin> list(long accountId);

    Map<PinDraftStatus, Integer> counts(long accountId);

    /** Replaces the draft of a pending pin; false when it is no longer pending. */
    boolean replace(long pinId, PinDraft draft, Instant at);

    /** Removes a pin unless it is being created; false when it was not removed. */
    boolean delete(long accountId, long pinId);
}
