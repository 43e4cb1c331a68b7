package com.pinfleet.application.board;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The board syncs queued by imports: one row per account, its latest sync. */
public interface BoardSyncRepository {

    /** Records a sync as queued for each account, replacing what an earlier sync left. */
    void queued(Collection<Long> accountIds, Instant at);

    void started(long accountId, Instant at);

    void finished(long accountId, BoardSyncResult result, Instant at);

    void failed(long accountId, String error, Instant at);

    /** The syncs queued at or after {@code from}, latest first. */
    List<BoardSyncJob> since(Instant from);
}
