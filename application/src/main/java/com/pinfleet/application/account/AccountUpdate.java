package com.pinfleet.application.account;

/**
 * The parts of an account an operator changes in one request; each is null when left as it is. An empty
 * {@code proxy} removes the proxy; an empty {@code category} files the account under no category. When both
 * {@code category} and {@code categoryId} are given they must name the same category.
 */
public record AccountUpdate(byte[] cookies, byte[] fingerprint, String proxy, String category, Long categoryId) {

    /** Whether it changes nothing at all. */
    public boolean isEmpty() {
        return cookies == null && fingerprint == null && proxy == null && category == null && categoryId == null;
    }
}
