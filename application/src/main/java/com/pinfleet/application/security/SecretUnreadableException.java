package com.pinfleet.application.security;

/** Thrown when a stored secret cannot be decrypted: another master key, or altered data. */
public class SecretUnreadableException extends RuntimeException {

    public SecretUnreadableException(String context, Throwable cause) {
        super("cannot decrypt the secret of " + context + " (is this the master key it was stored with?)", cause);
    }
}
