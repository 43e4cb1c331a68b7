package com.pinfleet.application.engine;

import java.util.Locale;

/** What a run did: save pins from the save queue, or create pins from the pin queue. */
public enum RunType {
    SAVE,
    CREATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
