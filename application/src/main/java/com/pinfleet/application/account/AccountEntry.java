package com.pinfleet.application.account;

/**
 * An account as an operator describes it in an import: every field as given, not yet checked.
 * {@code categoryId} wins over {@code category} (a name or path) when both are given.
 */
public record AccountEntry(String username, String proxy, String proxyMode, String category, Long categoryId) {
}
