package com.pinfleet.application.board;

import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.pinterest.PinterestException;
import com.pinfleet.domain.account.Account;
import java.time.Clock;
import java.util.Optional;

/** Runs one queued board sync and records how it went; a sync that fails is recorded, not retried. */
public final class RunBoardSync {

    private final AccountRepository accounts;
    private final Boards boards;
    private final BoardSyncRepository syncs;
    private final Clock clock;

    public RunBoardSync(AccountRepository accounts, Boards boards, BoardSyncRepository syncs, Clock clock) {
        this.accounts = accounts;
        this.boards = boards;
        this.syncs = syncs;
        this.clock = clock;
    }

    public void run(long accountId) {
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty()) {
            return;
        }
        syncs.started(accountId, clock.instant());
        try {
            syncs.finished(accountId, boards.sync(account.get().username().value()), clock.instant());
        } catch (PinterestException | ConflictException e) {
            syncs.failed(accountId, e.getMessage(), clock.instant());
        }
    }
}
