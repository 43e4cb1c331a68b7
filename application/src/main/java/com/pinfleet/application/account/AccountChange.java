package com.pinfleet.application.account;

import com.pinfleet.domain.account.Account;
import java.util.List;

/** An account as a change left it, with what the operator should know about the files it was given. */
public record AccountChange(Account account, List<String> warnings) {

    public AccountChange {
        warnings = List.copyOf(warnings);
    }
}
