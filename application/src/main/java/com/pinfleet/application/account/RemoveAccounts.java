package com.pinfleet.application.account;

import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.engine.SessionScheduler;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.account.Account;
import java.util.LinkedHashMap;
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

    /** @throws ConflictException when a session is running for the account */
    public void delete(String username) {
        Account account = accounts.require(username);
        if (scheduler.isRunning(account.id())) {
            throw new ConflictException("A session is running for " + account.username()
                    + "; disable its automation and try again when it has stopped");
        }
        scheduler.cancel(account.id());
        accounts.delete(account.id());
    }

    /** Deletes each account and says per username what happened: deleted, not found, or why not. */
    public Map<String, String> deleteAll(List<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            throw new InvalidInputException("usernames", "usernames is empty");
        }
        Map<String, String> results = new LinkedHashMap<>();
        for (String username : usernames) {
            try {
                delete(username);
                results.put(username, "deleted");
            } catch (NotFoundException e) {
                results.put(username, "not found");
            } catch (InvalidInputException | ConflictException e) {
                results.put(username, "error: " + e.getMessage());
            }
        }
        return results;
    }
}
