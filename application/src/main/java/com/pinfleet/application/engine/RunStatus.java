package com.pinfleet.application.engine;

import java.util.Locale;

/** How a run ended; {@code INTERRUPTED} when its node died before it could say. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    INTERRUPTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
