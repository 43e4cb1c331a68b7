package com.pinfleet.application.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client and refuses a client that failed {@code maxFailures} times within
 * {@code window}, until the oldest of those failures leaves the window.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** @throws TooManyAttemptsException when the client must wait */
    public void check(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            forgetOld(recent, now);
            if (recent.size() >= maxFailures) {
                Duration wait = Duration.between(now, recent.peekFirst().plus(window));
                throw new TooManyAttemptsException("Too many failed logins; try again in "
                        + Math.max(1, wait.toSeconds()) + " seconds", wait);
            }
        }
    }

    public void failed(String client) {
        Deque<Instant> recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, clock.instant());
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String client) {
        failures.remove(client);
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
