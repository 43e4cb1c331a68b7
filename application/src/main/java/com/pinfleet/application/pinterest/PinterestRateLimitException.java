package com.pinfleet.application.pinterest;

import java.time.Duration;

/**
 * Pinterest answered 429. {@code retryAfter} is what it asked for, or null when it did not say;
 * {@code spam} is true when the answer speaks of spam, which calls for a long cool-down, not a retry.
 */
public class PinterestRateLimitException extends PinterestException {

    private final Duration retryAfter;
    private final boolean spam;

    public PinterestRateLimitException(int code, String message, Duration retryAfter, boolean spam) {
        super(429, code, message);
        this.retryAfter = retryAfter;
        this.spam = spam;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean spam() {
        return spam;
    }
}
