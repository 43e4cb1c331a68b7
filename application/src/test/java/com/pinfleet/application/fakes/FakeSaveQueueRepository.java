package com.pinfleet.application.fakes;

import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.application.queue.SaveQueueRepository;
import com.pinfleet.domain.queue.QueueCounts;
import com.pinfleet.domain.queue.SaveItem;
import com.pinfleet.domain.queue.SaveItemStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Save queues in one map by item id (ids counted from 1, so id order is queue order). {@link #move} is a
 * compare-and-set under the fake's lock: it changes an item only in the state the caller names, keeps the
 * board and saved copy when the outcome leaves them null, replaces the error, and counts an attempt each time an
 * item goes in progress.
 */
public final class FakeSaveQueueRepository implements SaveQueueRepository, TransactionalFake<Map<Long, SaveItem>> {

    private final Map<Long, SaveItem> items = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized void append(long accountId, List<NewSaveItem> newItems, Instant at) {
        for (NewSaveItem item : newItems) {
            long id = ++lastId;
            items.put(id, new SaveItem(id, accountId, item.pinId(), item.source(), item.boardName(),
                    SaveItemStatus.PENDING, null, null, null, 0, at, at));
        }
    }

    @Override
    public synchronized List<SaveItem> list(long accountId) {
        return items.values().stream().filter(item -> item.accountId() == accountId).toList();
    }

    @Override
    public synchronized QueueCounts counts(long accountId) {
        Map<SaveItemStatus, Integer> byStatus = new EnumMap<>(SaveItemStatus.class);
        list(accountId).forEach(item -> byStatus.merge(item.status(), 1, Integer::sum));
        return QueueCounts.of(byStatus);
    }

    @Override
    public synchronized Optional<SaveItem> nextPending(long accountId) {
        return inState(accountId, SaveItemStatus.PENDING).stream().findFirst();
    }

    @Override
    public synchronized List<SaveItem> inState(long accountId, SaveItemStatus status) {
        return list(accountId).stream().filter(item -> item.status() == status).toList();
    }

    @Override
    public synchronized boolean delete(long accountId, long itemId) {
        SaveItem item = items.get(itemId);
        if (item == null || item.accountId() != accountId || item.status() == SaveItemStatus.IN_PROGRESS) {
            return false;
        }
        items.remove(itemId);
        return true;
    }

    @Override
    public synchronized int deleteDone(long accountId) {
        List<Long> done = list(accountId).stream().filter(item -> item.status().done()).map(SaveItem::id).toList();
        done.forEach(items::remove);
        return done.size();
    }

    @Override
    public synchronized boolean move(long itemId, SaveItemStatus from, SaveItemStatus to, Outcome outcome,
                                     Instant at) {
        SaveItem item = items.get(itemId);
        if (item == null || item.status() != from) {
            return false;
        }
        items.put(itemId, new SaveItem(item.id(), item.accountId(), item.pinId(), item.source(), item.boardName(),
                to,
                outcome.boardId() != null ? outcome.boardId() : item.boardId(),
                outcome.savedPinId() != null ? outcome.savedPinId() : item.savedPinId(),
                outcome.error(),
                to == SaveItemStatus.IN_PROGRESS ? item.attempts() + 1 : item.attempts(),
                item.createdAt(), at));
        return true;
    }

    /** The item as stored now. */
    public synchronized SaveItem item(long itemId) {
        SaveItem item = items.get(itemId);
        if (item == null) {
            throw new IllegalArgumentException("no save item " + itemId);
        }
        return item;
    }

    @Override
    public synchronized Map<Long, SaveItem> snapshot() {
        return new TreeMap<>(items);
    }

    @Override
    public synchronized void restore(Map<Long, SaveItem> snapshot) {
        items.clear();
        items.putAll(snapshot);
    }
}
