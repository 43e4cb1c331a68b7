package com.pinfleet.application.security;

import java.time.Duration;

/** Thrown when logins from one client fail too often; it may try again after {@code retryAfter}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
