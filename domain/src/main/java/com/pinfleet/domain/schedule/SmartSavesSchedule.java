package com.pinfleet.domain.schedule;

import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.account.DailyLimits;
import java.util.List;

/**
 * How many pins an account saves a day as it ages: the rows in order of their day thresholds. Day 1 is the
 * day automation was first enabled for the account; a day past the last threshold follows the last row.
 */
public record SmartSavesSchedule(List<ScheduleRow> rows) {

    /** 3-8 saves a day through day 7, 5-15 through day 14, 10-25 after. */
    public static final SmartSavesSchedule DEFAULT = new SmartSavesSchedule(List.of(
            new ScheduleRow(7, 3, 8),
            new ScheduleRow(14, 5, 15),
            new ScheduleRow(999_999, 10, 25)));

    private static final int MAX_ROWS = 50;

    public SmartSavesSchedule {
        rows = List.copyOf(rows);
        check(rows);
    }

    private static void check(List<ScheduleRow> rows) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidInputException("schedule", "schedule must have 1 to " + MAX_ROWS + " rows");
        }
        int previous = 0;
        for (int i = 0; i < rows.size(); i++) {
            ScheduleRow row = rows.get(i);
            String where = "schedule row " + (i + 1) + ": ";
            if (row.dayThreshold() <= previous) {
                throw new InvalidInputException("day_threshold",
                        where + "day_threshold must be above the previous row's (" + previous + ")");
            }
            if (row.minSaves() < 0 || row.maxSaves() > DailyLimits.MAX_DAILY_SAVES) {
                throw new InvalidInputException("min_saves",
                        where + "saves must be between 0 and " + DailyLimits.MAX_DAILY_SAVES);
            }
            if (row.minSaves() > row.maxSaves()) {
                throw new InvalidInputException("min_saves", where + "min_saves is above max_saves");
            }
            previous = row.dayThreshold();
        }
    }

    /** The row in force on day {@code dayNumber} (1-based) of an account's automation. */
    public ScheduleRow rowFor(int dayNumber) {
        for (ScheduleRow row : rows) {
            if (dayNumber <= row.dayThreshold()) {
                return row;
            }
        }
        return rows.getLast();
    }

    /** The smart saves week of a day of automation: days 1-7 are week 1. */
    public static int week(int dayNumber) {
        return (Math.max(dayNumber, 1) - 1) / 7 + 1;
    }
}
