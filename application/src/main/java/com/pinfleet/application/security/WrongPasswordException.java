package com.pinfleet.application.security;

/** Thrown when an operator confirms a change with a password that is not theirs. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("Current password is incorrect");
    }
}
