package com.pinfleet.application.fakes;

import com.pinfleet.application.engine.DailyActivity;
import com.pinfleet.application.engine.DailyActivityRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Daily counters in a map by account and day. {@link #takeSave} checks and counts under the fake's lock, so no
 * number of callers at once takes more saves than the limit; a save is given back only while one is counted.
 */
public final class FakeDailyActivityRepository
        implements DailyActivityRepository, TransactionalFake<Map<String, DailyActivity>> {

    private final Map<String, DailyActivity> days = new HashMap<>();

    @Override
    public synchronized DailyActivity on(long accountId, LocalDate day) {
        return days.getOrDefault(key(accountId, day), DailyActivity.NONE);
    }

    @Override
    public synchronized Map<Long, DailyActivity> onDay(LocalDate day) {
        Map<Long, DailyActivity> onDay = new HashMap<>();
        days.forEach((key, counters) -> {
            String[] accountAndDay = key.split("/");
            if (LocalDate.parse(accountAndDay[1]).equals(day)) {
                onDay.put(Long.parseLong(accountAndDay[0]), counters);
            }
        });
        return onDay;
    }

    @Override
    public synchronized boolean takeSave(long accountId, LocalDate day, int limit) {
        DailyActivity now = on(accountId, day);
        if (now.saves() >= limit) {
            return false;
        }
        days.put(key(accountId, day), new DailyActivity(now.saves() + 1, now.creates(), now.sessions(),
                now.saveFailures()));
        return true;
    }

    @Override
    public synchronized void returnSave(long accountId, LocalDate day, boolean countAsFailure) {
        DailyActivity now = on(accountId, day);
        if (now.saves() == 0) {
            return;
        }
        days.put(key(accountId, day), new DailyActivity(now.saves() - 1, now.creates(), now.sessions(),
                now.saveFailures() + (countAsFailure ? 1 : 0)));
    }

    @Override
    public synchronized void countSession(long accountId, LocalDate day) {
        DailyActivity now = on(accountId, day);
        days.put(key(accountId, day), new DailyActivity(now.saves(), now.creates(), now.sessions() + 1,
                now.saveFailures()));
    }

    @Override
    public synchronized Map<String, DailyActivity> snapshot() {
        return new HashMap<>(days);
    }

    @Override
    public synchronized void restore(Map<String, DailyActivity> snapshot) {
        days.clear();
        days.putAll(snapshot);
    }

    private static String key(long accountId, LocalDate day) {
        return accountId + "/" + day;
    }
}
