package com.pinfleet.application.account;

import com.pinfleet.application.common.AccountNotFoundException;
import com.pinfleet.application.common.Batch;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.engine.SessionScheduler;
import com.pinfleet.domain.account.Account;
import java.util.List;
import java.util.Map;

/** Deleting accounts with everything that belongs to them: secrets, boards, queues, plans, runs and logs. */
public final class RemoveAccounts {

    private final AccountRepository accounts;
    private final SessionScheduler scheduler;

    public RemoveAccounts(AccountRepository accounts, SessionScheduler scheduler) {
        this.accounts = accounts;
        this.scheduler = scheduler;
    }

    /**
     * @throws AccountNotFoundException when there is no such account, or another request deleted it first
     * @throws ConflictException when a session is running for the account
     */
    public void delete(String username) {
        Account account = accounts.require(username);
        if (scheduler.isRunning(account.id())) {
            throw new ConflictException("A session is running for " + account.username()
                    + "; disable its automation and try again when it has stopped");
        }
        scheduler.cancel(account.id());
        if (!accounts.delete(account.id())) {
            throw AccountNotFoundException.deletedMeanwhile(account.username().value());
        }
    }

    /** Deletes each account and says per username what happened: deleted, not found, or why not. */
    public Map<String, String> deleteAll(List<String> usernames) {
        return Batch.forEach(usernames, this::delete, "deleted");
    }
}
