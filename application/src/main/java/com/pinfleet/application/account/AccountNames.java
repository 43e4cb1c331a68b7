package com.pinfleet.application.account;

import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.account.Username;
import java.util.Set;

/**
 * The usernames a new or renamed account may take: Pinterest's rule, less the words the API's paths use where
 * a username stands ({@code /api/accounts/batch/proxy-mode} beside {@code /api/accounts/<username>/proxy-mode}).
 * An account so named could not be reached through the routes of the same shape.
 */
public final class AccountNames {

    private static final Set<String> RESERVED = Set.of("batch");

    private AccountNames() {
    }

    /** Reads a username for an account being added or renamed, refusing the API's own words in any case. */
    public static Parsed<Username> parseNew(String raw) {
        return switch (Username.parse(raw)) {
            case Parsed.Ok<Username>(Username name) when RESERVED.contains(name.key()) -> Parsed.rejected(
                    "username '" + name + "' is taken by the API's own paths (/api/accounts/" + name.key()
                            + "/...); choose another");
            case Parsed<Username> other -> other;
        };
    }
}
