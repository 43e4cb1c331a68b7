package com.pinfleet.application.pinterest;

/**
 * Pinterest answered with an error, or could not be reached. {@code status} is the HTTP status (0 when no
 * answer came), {@code code} Pinterest's own error number (0 when it gave none).
 */
public class PinterestException extends RuntimeException {

    private final int status;
    private final int code;

    public PinterestException(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public PinterestException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.code = 0;
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }
}
