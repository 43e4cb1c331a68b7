package com.pinfleet.application.settings;

import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.schedule.ScheduleRow;
import com.pinfleet.domain.schedule.SmartSavesSchedule;
import java.util.ArrayList;
import java.util.List;

/** Settings that shape the automation of every account: session concurrency and the smart saves schedule. */
public final class ServerSettings {

    public static final int DEFAULT_MAX_CONCURRENT = 5;
    public static final int MAX_CONCURRENT_LIMIT = 20;

    private final SettingsRepository settings;

    public ServerSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** How many sessions may run at once on one node. */
    public int maxConcurrent() {
        return settings.find(SettingNames.MAX_CONCURRENT).map(Integer::parseInt).orElse(DEFAULT_MAX_CONCURRENT);
    }

    public void setMaxConcurrent(int value) {
        if (value < 1 || value > MAX_CONCURRENT_LIMIT) {
            throw new InvalidInputException("max_concurrent",
                    "max_concurrent must be between 1 and " + MAX_CONCURRENT_LIMIT + ", not " + value);
        }
        settings.put(SettingNames.MAX_CONCURRENT, Integer.toString(value));
    }

    public SmartSavesSchedule smartSavesSchedule() {
        return settings.find(SettingNames.SMART_SAVES_SCHEDULE)
                .map(ServerSettings::readSchedule)
                .orElse(SmartSavesSchedule.DEFAULT);
    }

    public void setSmartSavesSchedule(SmartSavesSchedule schedule) {
        settings.put(SettingNames.SMART_SAVES_SCHEDULE, writeSchedule(schedule));
    }

    public void resetSmartSavesSchedule() {
        settings.remove(SettingNames.SMART_SAVES_SCHEDULE);
    }

    private static String writeSchedule(SmartSavesSchedule schedule) {
        List<String> rows = new ArrayList<>();
        for (ScheduleRow row : schedule.rows()) {
            rows.add(row.dayThreshold() + ":" + row.minSaves() + ":" + row.maxSaves());
        }
        return String.join(",", rows);
    }

    private static SmartSavesSchedule readSchedule(String stored) {
        List<ScheduleRow> rows = new ArrayList<>();
        for (String row : stored.split(",")) {
            String[] parts = row.split(":");
            rows.add(new ScheduleRow(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])));
        }
        return new SmartSavesSchedule(rows);
    }
}
