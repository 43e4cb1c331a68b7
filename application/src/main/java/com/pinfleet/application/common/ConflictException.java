package com.pinfleet.application.common;

/** Thrown when a request cannot be carried out in the present state: it already exists, it is running. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
