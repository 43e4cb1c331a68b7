package com.pinfleet.domain.pin;

import java.util.Locale;

/** Where a pin to create stands; as with saves, a create is never repeated blindly. */
public enum PinDraftStatus {
    PENDING,
    IN_PROGRESS,
    CREATED,
    FAILED,
    UNCERTAIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PinDraftStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
