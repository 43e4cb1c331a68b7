package com.pinfleet.application.common;

import com.pinfleet.application.account.NotConnectedException;
import com.pinfleet.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one change to many accounts, each on its own: one that fails does not stop the others, and the
 * answer says per username what happened ({@code done}, "not found", "needs_auth" or "error: ..."). A failure
 * that is not about the account (something else the change needs is missing) stops the batch.
 */
public final class Batch {

    private Batch() {
    }

    /** A change to one account, named by its username. */
    public interface Change {
        void apply(String username);
    }

    public static Map<String, String> forEach(List<String> usernames, Change change, String done) {
        if (usernames == null || usernames.isEmpty()) {
            throw new InvalidInputException("usernames", "usernames is empty");
        }
        for (int i = 0; i < usernames.size(); i++) {
            if (usernames.get(i) == null || usernames.get(i).isBlank()) {
                throw new InvalidInputException("usernames", "usernames entry " + (i + 1)
                        + " is empty; nothing was changed");
            }
        }
        Map<String, String> results = new LinkedHashMap<>();
        for (String username : usernames) {
            try {
                change.apply(username);
                results.put(username, done);
            } catch (AccountNotFoundException e) {
                results.put(username, "not found");
            } catch (NotConnectedException e) {
                results.put(username, "needs_auth");
            } catch (InvalidInputException | ConflictException e) {
                results.put(username, "error: " + e.getMessage());
            }
        }
        return results;
    }
}
