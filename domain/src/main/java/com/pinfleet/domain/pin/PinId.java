package com.pinfleet.domain.pin;

import java.util.regex.Pattern;

/** A pin's id on Pinterest: a string of digits, never a number (ids outgrow 2^53). */
public record PinId(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,30}");

    public PinId {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a pin id is 1 to 30 digits, not " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
