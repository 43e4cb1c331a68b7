package com.pinfleet.domain.account;

import com.pinfleet.domain.InvalidInputException;

/** The bounds an operator may set on an account's daily work. */
public final class DailyLimits {

    /** Pins created a day by a new account until the operator says otherwise. */
    public static final int DEFAULT_DAILY_CREATES = 5;
    /** The most saves a day an override may allow. */
    public static final int MAX_DAILY_SAVES = 500;
    /** The most pins a day an account may be asked to create. */
    public static final int MAX_DAILY_CREATES = 200;

    private DailyLimits() {
    }

    public static int checkedSavesOverride(int value) {
        return checked("daily_saves_limit_max", value, MAX_DAILY_SAVES);
    }

    public static int checkedCreates(int value) {
        return checked("daily_creates", value, MAX_DAILY_CREATES);
    }

    private static int checked(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new InvalidInputException(field, field + " must be between 0 and " + max + ", not " + value);
        }
        return value;
    }
}
