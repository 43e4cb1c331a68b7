package com.pinfleet.http;

/** A request that is authenticated but not allowed, such as a state change without its CSRF token. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
