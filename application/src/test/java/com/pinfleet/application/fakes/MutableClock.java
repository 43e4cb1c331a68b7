package com.pinfleet.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. Clocks made by {@link #withZone} share its time, so moving
 * one moves them all.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at {@code local} time in {@code zone}. */
    public static MutableClock at(LocalDateTime local, ZoneId zone) {
        return new MutableClock(local.atZone(zone).toInstant(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves to {@code time} on the clock's current day, in its zone. */
    public void setLocal(LocalTime time) {
        set(today().atTime(time).atZone(zone).toInstant());
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** The clock's current day in its zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }
}
