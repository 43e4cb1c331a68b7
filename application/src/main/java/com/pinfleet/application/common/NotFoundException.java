package com.pinfleet.application.common;

/** Thrown when a request names something that does not exist. The message says what was looked for. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
