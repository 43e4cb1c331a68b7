package com.pinfleet.application.pinterest;

/** Pinterest has no such pin (code 50) or board (code 40): fails the one item or request, nothing more. */
public class PinterestNotFoundException extends PinterestException {

    public static final int BOARD_NOT_FOUND = 40;
    public static final int PIN_NOT_FOUND = 50;

    public PinterestNotFoundException(int code, String message) {
        super(404, code, message);
    }

    public boolean boardMissing() {
        return code() == BOARD_NOT_FOUND;
    }
}
