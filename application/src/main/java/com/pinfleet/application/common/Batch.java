package com.pinfleet.application.common;

import com.pinfleet.application.account.NotConnectedException;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.account.Username;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies one change to many accounts, each on its own: one that fails does not stop the others, and the
 * answer says per username what happened ({@code done}, "not found", "needs_auth" or "error: ..."). A failure
 * that is not about the account (something else the change needs is missing) stops the batch.
 *
 * <p>An account named more than once (in any case, with or without surrounding blanks or an {@code @}) is
 * changed once; each spelling given is answered with what happened to it.
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
        Map<String, String> outcomes = new HashMap<>();
        Map<String, String> results = new LinkedHashMap<>();
        for (String username : usernames) {
            String outcome = outcomes.computeIfAbsent(sameAccount(username), key -> apply(change, username, done));
            results.putIfAbsent(username, outcome);
        }
        return results;
    }

    private static String apply(Change change, String username, String done) {
        try {
            change.apply(username);
            return done;
        } catch (AccountNotFoundException e) {
            return "not found";
        } catch (NotConnectedException e) {
            return "needs_auth";
        } catch (InvalidInputException | ConflictException e) {
            return "error: " + e.getMessage();
        }
    }

    /** What two spellings naming the same account have in common; a name that is no username is its own. */
    private static String sameAccount(String username) {
        return switch (Username.parse(username)) {
            case Parsed.Ok<Username>(Username valid) -> valid.key();
            case Parsed.Rejected<Username> rejected -> "invalid:" + username.strip().toLowerCase(Locale.ROOT);
        };
    }
}
