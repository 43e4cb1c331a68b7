package com.pinfleet.application.engine;

/** What an account did on one of its days. */
public record DailyActivity(int saves, int creates, int sessions, int saveFailures) {

    public static final DailyActivity NONE = new DailyActivity(0, 0, 0, 0);
}
