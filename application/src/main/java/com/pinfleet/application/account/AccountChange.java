package com.pinfleet.application.account;

import com.pinfleet.domain.account.Account;
import java.util.List;

/**
 * An account as a change left it, with what the operator should know about the files it was given: what is
 * wrong with them ({@code warnings}) and what was made of them although nothing is ({@code notes}).
 */
public record AccountChange(Account account, List<String> warnings, List<String> notes) {

    public AccountChange {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
