package com.pinfleet.domain.automation;

import java.util.Locale;

/** What an account's automation is doing now. */
public enum AutomationState {
    /** A session is working for it. */
    RUNNING,
    /** Nothing to do until its next session ({@code next_run}). */
    SLEEPING,
    /** A session is due but every session slot is taken. */
    WAITING,
    /** Its last session stopped on an error; it tries again at {@code next_run}. */
    ERROR,
    /** Automation is off for it. */
    DISABLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AutomationState fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
