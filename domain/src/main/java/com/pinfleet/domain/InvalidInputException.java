package com.pinfleet.domain;

/**
 * Thrown when a value offered from outside breaks a rule of the domain. The message names the field and
 * says what is wrong with it, so it can be shown to the operator as it is.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
