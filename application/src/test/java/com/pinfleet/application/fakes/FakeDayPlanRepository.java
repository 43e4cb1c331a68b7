package com.pinfleet.application.fakes;

import com.pinfleet.application.engine.DayPlanRepository;
import com.pinfleet.application.engine.PlannedSession;
import com.pinfleet.application.engine.StoredPlan;
import com.pinfleet.domain.schedule.DayPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Day plans in a map by account and day. The first plan stored for a day stays: {@link #addIfAbsent} of a
 * planned day changes nothing and returns the stored plan. {@link #markDone} is a compare-and-set.
 */
public final class FakeDayPlanRepository implements DayPlanRepository, TransactionalFake<Map<String, StoredPlan>> {

    private final Map<String, StoredPlan> plans = new HashMap<>();
    private int stored;

    @Override
    public synchronized Optional<StoredPlan> find(long accountId, LocalDate day) {
        return Optional.ofNullable(plans.get(key(accountId, day)));
    }

    @Override
    public synchronized Map<Long, StoredPlan> onDay(LocalDate day) {
        Map<Long, StoredPlan> onDay = new HashMap<>();
        plans.values().stream().filter(plan -> plan.day().equals(day))
                .forEach(plan -> onDay.put(plan.accountId(), plan));
        return onDay;
    }

    @Override
    public synchronized StoredPlan addIfAbsent(long accountId, DayPlan plan) {
        return plans.computeIfAbsent(key(accountId, plan.day()), key -> {
            stored++;
            List<PlannedSession> sessions = new ArrayList<>();
            for (int i = 0; i < plan.sessionTimes().size(); i++) {
                sessions.add(new PlannedSession(i, plan.sessionTimes().get(i), null));
            }
            return new StoredPlan(accountId, plan.day(), plan.dayNumber(), plan.saveTarget(), plan.createTarget(),
                    sessions);
        });
    }

    @Override
    public synchronized boolean markDone(long accountId, LocalDate day, int index, Instant at) {
        StoredPlan plan = plans.get(key(accountId, day));
        if (plan == null || index < 0 || index >= plan.sessions().size() || !plan.sessions().get(index).open()) {
            return false;
        }
        List<PlannedSession> sessions = new ArrayList<>(plan.sessions());
        sessions.set(index, new PlannedSession(index, sessions.get(index).dueAt(), at));
        plans.put(key(accountId, day), new StoredPlan(accountId, day, plan.dayNumber(), plan.saveTarget(),
                plan.createTarget(), sessions));
        return true;
    }

    /** How many plans were stored (not counting calls that found the day planned). */
    public synchronized int plansStored() {
        return stored;
    }

    @Override
    public synchronized Map<String, StoredPlan> snapshot() {
        return new HashMap<>(plans);
    }

    @Override
    public synchronized void restore(Map<String, StoredPlan> snapshot) {
        plans.clear();
        plans.putAll(snapshot);
    }

    private static String key(long accountId, LocalDate day) {
        return accountId + "/" + day;
    }
}
