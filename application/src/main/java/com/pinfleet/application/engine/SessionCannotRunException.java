package com.pinfleet.application.engine;

/** A session found nothing it could work with, such as an account without boards on Pinterest. */
public class SessionCannotRunException extends RuntimeException {

    public SessionCannotRunException(String message) {
        super(message);
    }
}
