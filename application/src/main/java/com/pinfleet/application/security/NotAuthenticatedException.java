package com.pinfleet.application.security;

/** Thrown when a request carries no valid session or API key. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
