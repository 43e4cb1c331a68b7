package com.pinfleet.application.account;

/** An account's work in numbers; "today" is the account's current day. */
public record AccountStats(
        long totalSessions,
        long totalSaved,
        int todaySaves,
        long totalCreated,
        int todayCreates,
        int pendingSaves) {

    public static final AccountStats NONE = new AccountStats(0, 0, 0, 0, 0, 0);
}
