package com.pinfleet.application.common;

/** Thrown when a request names an account that does not exist, or no longer does. */
public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(String username) {
        super("Account not found: " + username);
    }

    private AccountNotFoundException(String username, String why) {
        super("Account not found: " + username + " (" + why + ")");
    }

    /** The account existed when the request began and was deleted by another before it was done. */
    public static AccountNotFoundException deletedMeanwhile(String username) {
        return new AccountNotFoundException(username, "it was deleted while this request was handled");
    }
}
