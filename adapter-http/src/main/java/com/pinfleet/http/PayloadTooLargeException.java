package com.pinfleet.http;

/** A request body or upload larger than the server accepts. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
