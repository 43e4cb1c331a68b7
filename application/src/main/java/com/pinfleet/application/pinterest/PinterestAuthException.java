package com.pinfleet.application.pinterest;

/** Pinterest refused the account's token (401): it must be connected again. */
public class PinterestAuthException extends PinterestException {

    public PinterestAuthException(int code, String message) {
        super(401, code, message);
    }
}
