package com.pinfleet.application.queue;

import com.pinfleet.domain.queue.QueueCounts;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each account's queue of pins to save, in the order they were added. State changes are compare-and-set:
 * an item moves only from the state the caller expects, so a step run twice does no harm.
 */
public interface SaveQueueRepository {

    void append(long accountId, List<NewSaveItem> items, Instant at);

    /** The account's items in queue order. */
    List<SaveItem> list(long accountId);

    QueueCounts counts(long accountId);

    /** The oldest pending item of the account. */
    Optional<SaveItem> nextPending(long accountId);

    /** Items in one of these states, oldest first. */
    List<SaveItem> inState(long accountId, SaveItemStatus status);

    /** Removes an item unless it is in progress; false when it was not removed. */
    boolean delete(long accountId, long itemId);

    /** Removes the account's saved and failed items; returns how many. */
    int deleteDone(long accountId);

    /**
     * Moves an item from {@code from} to {@code to}, recording the board it goes to and the outcome.
     *
     * @return false when the item was not in state {@code from}: nothing changed
     */
    boolean move(long itemId, SaveItemStatus from, SaveItemStatus to, Outcome outcome, Instant at);

    /**
     * What is recorded with a state change: a board or saved copy left null keeps its value; the error is
     * replaced (null clears it).
     */
    record Outcome(String boardId, String savedPinId, String error) {

        public static final Outcome NONE = new Outcome(null, null, null);

        public static Outcome toBoard(String boardId) {
            return new Outcome(boardId, null, null);
        }

        public static Outcome saved(String savedPinId) {
            return new Outcome(null, savedPinId, null);
        }

        public static Outcome failed(String error) {
            return new Outcome(null, null, error);
        }
    }
}
