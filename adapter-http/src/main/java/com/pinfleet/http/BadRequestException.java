package com.pinfleet.http;

/** A request the API cannot read: not JSON, a field of the wrong type, a missing upload. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
