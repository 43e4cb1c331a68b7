package com.pinfleet.application.account;

/**
 * An account as an operator describes it in an import: every field as given, not yet checked.
 * {@code categoryId} and {@code category} (a name or path), when both are given, must name the same category
 * (see {@link CategoryChoice}). {@code unreadable} says why the entry could not even be read (a field of the
 * wrong type), or is null.
 */
public record AccountEntry(String username, String proxy, String proxyMode, String category, Long categoryId,
                           String unreadable) {

    public AccountEntry(String username, String proxy, String proxyMode, String category, Long categoryId) {
        this(username, proxy, proxyMode, category, categoryId, null);
    }

    public static AccountEntry unreadable(String username, String why) {
        return new AccountEntry(username, null, null, null, null, why);
    }
}
