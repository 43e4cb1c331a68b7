package com.pinfleet.domain.account;

import com.pinfleet.domain.proxy.ProxyMode;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A Pinterest account that Pinfleet works for.
 *
 * @param id                 Pinfleet's own id, stable across renames
 * @param categoryId         the category it is filed under, or null
 * @param maskedProxy        its proxy, password masked, or null for none; kept unused while the mode is direct
 * @param location           where its proxy exits (a city), or null when unknown
 * @param dailySavesLimitMax the operator's cap on saves a day, or null to follow the schedule alone
 * @param dailyCreatesLimit  how many pins it creates a day, or null for the default
 * @param timeZone           the zone its days are counted in, or null for the server's zone
 */
public record Account(
        long id,
        Username username,
        Long categoryId,
        ProxyMode proxyMode,
        String maskedProxy,
        String location,
        boolean directSave,
        Integer dailySavesLimitMax,
        Integer dailyCreatesLimit,
        AuthStatus authStatus,
        ZoneId timeZone,
        Instant createdAt) {

    /** How many pins it creates a day: the operator's number, else the default. */
    public int dailyCreates() {
        return dailyCreatesLimit == null ? DailyLimits.DEFAULT_DAILY_CREATES : dailyCreatesLimit;
    }

    /** The zone that decides where this account's days begin and end. */
    public ZoneId zoneOr(ZoneId serverZone) {
        return timeZone == null ? serverZone : timeZone;
    }
}
